package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.SynonymsChecker;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.directory.LiveDirectory;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * Residents' words: the lines that let search find "food bank" for "skint, no food" ({@code synonyms.txt}'s format).
 * Admins change them in the app, checked line by line by the same rules as the file; every instance takes them.
 */
@Service
public class ResidentWordsEditor {

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final DirectoryAudit audit;
    private final LiveDirectory liveDirectory;
    private final Clock clock;

    ResidentWordsEditor(Catalogue catalogue, CatalogueStore store, DirectoryAudit audit, LiveDirectory liveDirectory,
            Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.liveDirectory = liveDirectory;
        this.clock = clock;
    }

    /** The words search uses now. */
    public String current() {
        return catalogue.snapshot().synonyms();
    }

    /**
     * Saves new words, live on this instance at once and on the others within {@code hub.directory.follow-every}.
     *
     * @throws InvalidItemException a line breaks the file's rules (each problem names its line)
     * @throws EditNotAllowedException the member of staff is not an admin
     */
    public void save(StaffIdentity who, String text) {
        if (!who.isAdmin()) {
            throw new EditNotAllowedException("Only an admin can change residents' words.");
        }
        String words = text.replace("\r\n", "\n");
        List<ContentProblem> problems = SynonymsChecker.problemsWith(words);
        if (!problems.isEmpty()) {
            throw new InvalidItemException(problems);
        }
        int lines = (int) words.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#")).count();
        store.saveResidentWords(words, clock.instant());
        audit.recordResidentWords(clock.instant(), who.username(), lines + " lines of residents' words saved");
        liveDirectory.catchUp();
    }
}
