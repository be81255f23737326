package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/** Reads one file of {@code services/}. */
final class ServiceReader {

    private static final Set<String> KEYS = Set.of("id", "hubs", "category", "name", "summary", "description",
            "who_for", "cost", "access", "when", "sessions", "contact", "provider", "tags", "status", "status_note",
            "last_verified");
    private static final Set<String> SESSION_KEYS = Set.of("day", "start", "end");
    private static final List<String> ACCESS_IDS = Arrays.stream(AccessMode.values()).map(AccessMode::id).toList();

    private final ContentProblems problems;
    private final IdRegister ids;
    private final LocalDate today;

    ServiceReader(ContentProblems problems, IdRegister ids, LocalDate today) {
        this.problems = problems;
        this.ids = ids;
        this.today = today;
    }

    List<HubService> read(ContentFile file) {
        List<HubService> services = new ArrayList<>();
        for (YamlMap map : YamlDocument.entries(file, "services", "a service", KEYS, problems)) {
            read(map).ifPresent(services::add);
        }
        return services;
    }

    private Optional<HubService> read(YamlMap map) {
        String id = map.text("id");
        ids.claim(map, id);
        List<String> hubs = hubs(map);
        Category category = CommonFields.category(map);
        String name = map.text("name", 80);
        String summary = map.text("summary", 160);
        String description = map.text("description", 2000);
        String whoFor = map.text("who_for", 300);
        Cost cost = CommonFields.cost(map);
        List<AccessMode> access = access(map);
        String when = map.optionalText("when", 300);
        List<Session> sessions = sessions(map);
        var contact = CommonFields.contact(map);
        String provider = map.optionalText("provider", 120);
        List<String> tags = CommonFields.tags(map);
        ItemStatus status = CommonFields.status(map);
        String statusNote = map.optionalText("status_note", 300);
        LocalDate lastVerified = CommonFields.lastVerified(map, true, today);
        if (id.isEmpty() || hubs.isEmpty() || category == null || name.isEmpty() || cost == null || access.isEmpty()
                || lastVerified == null) {
            return Optional.empty();
        }
        return Optional.of(new HubService(id, hubs, category, name, summary, description, whoFor, cost, access, when,
                sessions, contact, provider, tags, status, statusNote, lastVerified));
    }

    private List<String> hubs(YamlMap map) {
        List<String> hubs = map.texts("hubs", true).stream().distinct().toList();
        for (String hub : hubs) {
            if (!ids.hubIds().contains(hub)) {
                map.problem("hubs", "\"" + hub + "\" is not a hub in hubs.yaml"
                        + FieldNames.suggestion(hub, ids.hubIds()));
            }
        }
        return hubs.stream().filter(ids.hubIds()::contains).toList();
    }

    private List<AccessMode> access(YamlMap map) {
        List<AccessMode> modes = new ArrayList<>();
        for (String text : map.texts("access", true)) {
            AccessMode.fromId(text).ifPresentOrElse(modes::add, () -> map.problem("access", "\"" + text
                    + "\" is not one of: " + String.join(", ", ACCESS_IDS) + FieldNames.suggestion(text, ACCESS_IDS)));
        }
        return modes.stream().distinct().toList();
    }

    private List<Session> sessions(YamlMap map) {
        List<Session> sessions = new ArrayList<>();
        for (YamlMap session : map.maps("sessions", false, "a session", SESSION_KEYS)) {
            DayOfWeek day = CommonFields.day(session, "day");
            TimeRange time = CommonFields.timeRange(session);
            if (day != null && time != null) {
                sessions.add(new Session(day, time));
            }
        }
        return sessions;
    }
}
