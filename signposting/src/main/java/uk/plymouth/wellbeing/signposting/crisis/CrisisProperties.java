package uk.plymouth.wellbeing.signposting.crisis;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the crisis check decides by meaning (the rules' phrases decide on their own). The two thresholds were chosen
 * on the development and spent held-out sets only, as the pair with the highest recall at no more than 3% false
 * alarms in {@code CrisisCheckEvaluationTest}'s sweep; the README's "Crisis safety" section says what they gave.
 *
 * @param possibleAt with no crisis word at all, the chance of a crisis (from the classifier) at which the crisis
 *     lines are given as well as the answer
 * @param cueAt the same, when the text holds a word that may mean danger ("knife", "overdose", "cutting")
 * @param languages the languages with crisis rules: {@code en} reads {@code crisis/phrases.txt}, any other {@code xx}
 *     reads {@code crisis/phrases-xx.txt}; every kiosk language must be here, and every one needs its lines in
 *     {@code crisis/lines.txt}
 */
@ConfigurationProperties("hub.crisis")
public record CrisisProperties(
        @DefaultValue("0.7") double possibleAt,
        @DefaultValue("0.75") double cueAt,
        @DefaultValue({"en", "pl"}) List<String> languages) {

    public CrisisProperties {
        if (!(possibleAt > 0 && possibleAt < 1) || !(cueAt > 0 && cueAt < 1)) {
            throw new IllegalArgumentException("hub.crisis.possible-at and hub.crisis.cue-at are chances between 0"
                    + " and 1, not " + possibleAt + " and " + cueAt);
        }
        if (languages.isEmpty() || !languages.get(0).equals("en")) {
            throw new IllegalArgumentException("hub.crisis.languages must start with en, not " + languages);
        }
        languages = List.copyOf(languages);
    }

    /** The content file with a language's phrases. */
    static String phraseFile(String language) {
        return language.equals("en") ? "crisis/phrases.txt" : "crisis/phrases-" + language + ".txt";
    }
}
