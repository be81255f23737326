package uk.plymouth.wellbeing.signposting.survey;

import java.util.List;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.InvalidContentException;

/**
 * The survey files have problems, each named by file, line and field (questions are counted from 1:
 * {@code questions[2].options} is the second question's options); no survey was loaded from them.
 */
public class InvalidSurveyException extends InvalidContentException {

    private static final int LISTED = 20;

    public InvalidSurveyException(List<ContentProblem> problems) {
        super(problems);
    }

    @Override
    public String getMessage() {
        List<ContentProblem> problems = problems();
        String listed = problems.stream().limit(LISTED).map(p -> "  - " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return "Surveys not loaded: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to fix\n" + listed + more;
    }
}
