package uk.plymouth.wellbeing.signposting.directory.edit;

import org.jspecify.annotations.Nullable;

/**
 * One field that differs between two versions, in words a hub worker reads.
 *
 * @param field the record's field path ("name", "contact.phone", "schedule.time.start")
 * @param before the value before, as text (null: not set)
 * @param after the value after, as text (null: not set)
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

    /** "Contact phone: 01752 000000 → 01752 111111" */
    public String inWords() {
        return FieldChanges.label(field) + ": " + (before == null ? "(none)" : before) + " → "
                + (after == null ? "(none)" : after);
    }
}
