package uk.plymouth.wellbeing.signposting.directory.edit;

import java.util.List;

/**
 * Someone else saved this item after the version being edited was opened. Nothing was saved; what they changed
 * is listed so the editor can look, keep what was typed, and save again on top of the newer version.
 */
public class EditConflictException extends RuntimeException {

    private final int latestVersion;
    private final String changedBy;
    private final List<FieldChange> theirChanges;

    public EditConflictException(int latestVersion, String changedBy, List<FieldChange> theirChanges) {
        super(changedBy + " saved a newer version (" + latestVersion + ") while you were editing. Nothing you typed is "
                + "lost: check what they changed, then save again.");
        this.latestVersion = latestVersion;
        this.changedBy = changedBy;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public int latestVersion() {
        return latestVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }
}
