package uk.plymouth.wellbeing.signposting.directory.edit;

import java.util.List;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;

/**
 * A hub, service or activity that breaks the directory's rules (the same rules as the content files): nothing was
 * saved, and each problem names its field so a screen can show it beside the input.
 */
public class InvalidItemException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidItemException(List<ContentProblem> problems) {
        super(problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
