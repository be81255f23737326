package uk.plymouth.wellbeing.signposting.crisis;

import org.jspecify.annotations.Nullable;

/**
 * What the crisis check made of some words.
 *
 * @param level how sure it is
 * @param kind the kind of danger (the most urgent one when there are several); null when {@link Level#NONE}
 * @param language the language the words are in, as far as the rules can tell ({@code en}, {@code pl}): the crisis
 *     lines by text are sent in it
 * @param otherWords what else the words may ask for, once the crisis words and words that ask for nothing ("i",
 *     "please") are taken out; empty when they ask for nothing else
 */
public record CrisisAssessment(Level level, @Nullable CrisisKind kind, String language, String otherWords) {

    /** How sure the check is. */
    public enum Level {
        /** Nothing that looks like a crisis. */
        NONE,
        /**
         * Unsure: close in meaning to a crisis, or a word that may mean danger: the crisis lines first AND the answer
         * to what they asked, never the crisis lines alone.
         */
        POSSIBLE,
        /** A crisis phrase: the crisis lines first; the crisis reply alone when the words ask for nothing else. */
        CLEAR
    }

    public static CrisisAssessment none(String language) {
        return new CrisisAssessment(Level.NONE, null, language, "");
    }

    public boolean isCrisis() {
        return level != Level.NONE;
    }

    /** Clearly a crisis, asking for nothing else: the crisis reply alone. */
    public boolean alone() {
        return level == Level.CLEAR && otherWords.isEmpty();
    }

    /** Never the words themselves: they may be anything a resident wrote. */
    @Override
    public String toString() {
        return "CrisisAssessment[" + level + (kind == null ? "" : ", " + kind.id()) + ", " + language
                + (otherWords.isEmpty() ? "" : ", asks for more") + "]";
    }
}
