package uk.plymouth.wellbeing.signposting.problems;

/**
 * No such report, as far as this member of staff can tell: it does not exist, or it is about a hub they do not work
 * for (staff are never told which).
 */
public class ProblemNotFoundException extends RuntimeException {

    public ProblemNotFoundException() {
        super("There is no such report.");
    }
}
