package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.stereotype.Component;

/**
 * Whether words someone typed or texted may mean a crisis (suicide, self-harm, abuse, danger now), for every channel:
 * the text conversation asks it first, and so does the kiosk before showing search results. Rules from
 * {@code crisis/phrases.txt}; never throws, never logs the words.
 */
@Component
public class CrisisCheck {

    private final CrisisLanguage language;

    CrisisCheck(CrisisLanguage language) {
        this.language = language;
    }

    public boolean looksLikeCrisis(String words) {
        return language.isCrisis(words);
    }
}
