package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content files have problems; nothing from them was loaded. */
public class InvalidContentException extends RuntimeException {

    private static final int LISTED = 20;

    private final transient List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(p -> "  - " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return "Content not loaded: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " to fix\n" + listed + more;
    }
}
