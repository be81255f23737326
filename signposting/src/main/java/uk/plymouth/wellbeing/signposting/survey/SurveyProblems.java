package uk.plymouth.wellbeing.signposting.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;

/** Collects every problem found in the survey files, so they can all be fixed in one go. */
final class SurveyProblems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, @Nullable String field, String message) {
        found.add(new ContentProblem(file, line, field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** Throws when anything was found, listing the problems file by file, line by line. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidSurveyException(found.stream()
                    .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                    .toList());
        }
    }
}
