package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.stereotype.Component;

/**
 * Whether words someone typed or texted may mean a crisis (suicide, self-harm, abuse, danger now), for every channel:
 * the text conversation asks it first, and so does the kiosk before showing search results. First the rules in
 * {@code crisis/phrases.txt} ({@link Level#CLEAR}), then meaning ({@code crisis/meaning.txt}, {@link Level#LIKELY})
 * for phrasings the rules miss. Never throws, never logs the words.
 */
@Component
public class CrisisCheck {

    /** How sure the check is. */
    public enum Level {
        /** Nothing that looks like a crisis. */
        NONE,
        /** Close in meaning to crisis examples, though no crisis phrase matched: crisis lines first, then the answer. */
        LIKELY,
        /** A crisis phrase matched. */
        CLEAR
    }

    private final CrisisLanguage language;
    private final CrisisMeaning meaning;

    CrisisCheck(CrisisLanguage language, CrisisMeaning meaning) {
        this.language = language;
        this.meaning = meaning;
    }

    public Level assess(String words) {
        if (language.isCrisis(words)) {
            return Level.CLEAR;
        }
        return meaning.isCrisis(words) ? Level.LIKELY : Level.NONE;
    }

    public boolean looksLikeCrisis(String words) {
        return assess(words) != Level.NONE;
    }
}
