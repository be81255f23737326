package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run did.
 *
 * @param drafts changes saved as drafts for review (new, changed or archived items), counted as well under
 *     added, updated or archived
 * @param skipped items the source gave that could not be used (a required field missing, say)
 */
public record ImportCounts(int added, int updated, int unchanged, int archived, int drafts, int skipped) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    /** "3 added, 1 updated, 40 unchanged, 2 skipped". */
    public String inWords() {
        List<String> parts = new ArrayList<>();
        part(parts, added, "added");
        part(parts, updated, "updated");
        part(parts, unchanged, "unchanged");
        part(parts, archived, "archived");
        part(parts, drafts, drafts == 1 ? "draft waits for review" : "drafts wait for review");
        part(parts, skipped, "skipped");
        return parts.isEmpty() ? "nothing to import" : String.join(", ", parts);
    }

    private static void part(List<String> parts, int count, String words) {
        if (count > 0) {
            parts.add(count + " " + words);
        }
    }
}
