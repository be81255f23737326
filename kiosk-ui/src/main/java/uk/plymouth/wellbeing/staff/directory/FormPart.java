package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * A part of an item's form. Its values are the content files' fields (keys as in the YAML files, values text, lists
 * and nested maps), so a screen and a file are checked by the same rules; its inputs are keyed by the field or path
 * a problem names ({@code name}, {@code schedule.start}, {@code sessions[2].end}), to show each problem by its input.
 */
interface FormPart {

    /** Shows these values (missing keys: empty inputs). */
    void fill(Map<String, ?> fields);

    /** Adds what is typed now to {@code fields}; empty inputs add nothing. */
    void collect(Map<String, Object> fields);

    /** Each input by the field or path its problems name. */
    Map<String, HasValidation> inputs();
}
