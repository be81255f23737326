package uk.plymouth.wellbeing.signposting.search;

import java.util.List;

/**
 * Turns a search typed in another language into the English words the directory is written in, before anything
 * else reads it (postcodes, days, spelling). The search knows no language itself: a feature that does (Polish:
 * {@code language.PolishNeeds}) is given to {@link ServiceSearch} as this (a bean of this type, when there is one):
 * every search is translated first, and its results say which words were understood.
 */
@FunctionalInterface
public interface QueryTranslation {

    /** English is searched as typed. */
    QueryTranslation NONE = Translated::asTyped;

    Translated translate(String text);

    /**
     * A text as it will be searched.
     *
     * @param text the words to search: English for a text in another language, else as typed; {@link #NOTHING}
     *     for a text in another language with no need in it (so it finds nothing, rather than everything)
     * @param understood the resident's words we understood and what we searched for them, in the order typed;
     *     empty for English
     */
    record Translated(String text, List<Understood> understood) {

        /** Searches for nothing: a text with no letters is not browsing, and has no meaning. */
        public static final String NOTHING = "?";

        public Translated {
            understood = List.copyOf(understood);
        }

        public static Translated asTyped(String text) {
            return new Translated(text, List.of());
        }
    }

    /**
     * One of the resident's words (or phrases) that we understood, to show them: "jedzeniem" = "food".
     *
     * @param typed as the resident typed it
     * @param meaning the English words searched for it
     */
    record Understood(String typed, String meaning) {}
}
