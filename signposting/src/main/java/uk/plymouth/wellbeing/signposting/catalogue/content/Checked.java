package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item checked by {@link ItemForms}: either the record, or every problem with it (never both, never neither).
 *
 * @param value the record when nothing is wrong, else null
 * @param problems what is wrong, each naming its field as the content files do ({@code name},
 *     {@code schedule.day}, {@code sessions[2].start}); empty when the value is there
 */
public record Checked<T>(@Nullable T value, List<ContentProblem> problems) {

    public Checked {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A checked item has either a value or problems: " + problems);
        }
    }

    public boolean ok() {
        return value != null;
    }

    /** The problems with one field (a key or path such as {@code schedule.start}), to show next to its input. */
    public List<ContentProblem> problemsWith(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).toList();
    }
}
