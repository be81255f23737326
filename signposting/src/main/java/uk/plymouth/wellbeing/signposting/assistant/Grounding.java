package uk.plymouth.wellbeing.signposting.assistant;

import java.util.List;

/**
 * What a reply's check found: nothing (it may be sent) or the facts the tools did not give. Its {@link #toString()}
 * names only the kinds, as a number in a reply may be the resident's own.
 */
public record Grounding(List<Problem> problems) {

    public Grounding {
        problems = List.copyOf(problems);
    }

    public boolean grounded() {
        return problems.isEmpty();
    }

    /** A fact a reply gave that no tool returned. */
    public record Problem(Kind kind, String value) {

        @Override
        public String toString() {
            return kind.name();
        }
    }

    /** The kind of fact. */
    public enum Kind {
        PHONE, TIME, NAME
    }

    @Override
    public String toString() {
        return "Grounding" + problems;
    }
}
