package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every problem found while reading, so staff can fix them all in one go. */
final class ContentProblems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, @Nullable String field, String message) {
        found.add(new ContentProblem(file, line, field, message));
    }

    List<ContentProblem> list() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidContentException(found);
        }
    }
}
