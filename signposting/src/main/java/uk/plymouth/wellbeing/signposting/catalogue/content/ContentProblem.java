package uk.plymouth.wellbeing.signposting.catalogue.content;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in a content file, said so that whoever edits the file can fix it.
 *
 * @param file the file, relative to the content folder ("services/four-greens.yaml")
 * @param line 1-based line number, or 0 when the problem is with the whole file
 * @param field the field, or null when the problem is not with one field: the YAML key of a record's own field
 *     ({@code name}, {@code who_for}); for nested fields the path, counting list entries from 1
 *     ({@code schedule.day}, {@code sessions[2].start}, {@code dates[1].to}, {@code contact.phone},
 *     {@code location.lat}, {@code opening_hours.monday}); a list of plain values is named as a whole
 *     ({@code tags}, {@code except}, {@code hubs}) and the message quotes the wrong value
 */
public record ContentProblem(String file, int line, @Nullable String field, String message) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", line ").append(line);
        }
        if (field != null) {
            out.append(", field '").append(field).append('\'');
        }
        return out.append(": ").append(message).toString();
    }
}
