package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.List;

/** An admin's settings for a source cannot be saved; each problem is a plain sentence. Nothing was saved. */
public class InvalidSourceException extends RuntimeException {

    private final List<String> problems;

    public InvalidSourceException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
