package uk.plymouth.wellbeing.signposting.directory.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * The directories we import from, for admins: list them with how their last run went, add or change one, and run
 * one now. Only admins may do any of it.
 */
@Service
public class ImportSources {

    private final ImportSourceStore sources;
    private final ImportRunner runner;
    private final Catalogue catalogue;
    private final ImportProperties properties;
    private final Clock clock;

    ImportSources(ImportSourceStore sources, ImportRunner runner, Catalogue catalogue, ImportProperties properties,
            Clock clock) {
        this.sources = sources;
        this.runner = runner;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    public List<ImportSource> list(StaffIdentity who) {
        checkAdmin(who);
        return sources.all();
    }

    /** @throws InvalidSourceException with every problem of the settings, in plain words; nothing was saved */
    public ImportSource add(StaffIdentity who, SourceSettings settings) {
        checkAdmin(who);
        SourceSettings tidy = tidy(settings);
        check(tidy, -1);
        long id = sources.insert(tidy, clock.instant());
        return sources.find(id).orElseThrow();
    }

    public ImportSource edit(StaffIdentity who, long id, SourceSettings settings) {
        checkAdmin(who);
        ImportSource current = find(id);
        SourceSettings tidy = tidy(settings);
        if (current.lastRunAt() != null && !current.name().equals(tidy.name())) {
            throw new InvalidSourceException(List.of("The name cannot change once the source has run: its versions "
                    + "carry it as their author (" + current.author() + ")."));
        }
        check(tidy, id);
        sources.update(id, tidy, clock.instant());
        return find(id);
    }

    /** Runs the source now, on this thread, unless a run of it is already under way on any instance. */
    public RunReport runNow(StaffIdentity who, long id) {
        checkAdmin(who);
        return runner.run(find(id), null);
    }

    private ImportSource find(long id) {
        return sources.find(id).orElseThrow(() -> new IllegalArgumentException("There is no import source " + id));
    }

    private static SourceSettings tidy(SourceSettings s) {
        return new SourceSettings(s.name().strip(), s.kind(), s.url().strip(), s.hubId().strip(), s.every(),
                s.publish(), s.enabled());
    }

    private void check(SourceSettings s, long id) {
        List<String> problems = new ArrayList<>();
        if (s.name().isEmpty() || s.name().length() > 80) {
            problems.add("Give the source a name of 1 to 80 characters.");
        } else if (sources.nameTaken(s.name(), id)) {
            problems.add("Another source is already called \"" + s.name() + "\".");
        }
        if (!isWebAddress(s.url())) {
            problems.add("The address must be a full web address starting with https:// or http://.");
        }
        if (catalogue.hub(s.hubId()).isEmpty()) {
            problems.add("\"" + s.hubId() + "\" is not one of our hubs.");
        }
        if (s.every().compareTo(properties.shortestEvery()) < 0) {
            problems.add("Runs must be at least " + properties.shortestEvery().toMinutes() + " minutes apart.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && url.length() <= 1000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkAdmin(StaffIdentity who) {
        if (!who.isAdmin()) {
            throw new EditNotAllowedException("Only an admin can manage import sources.");
        }
    }
}
