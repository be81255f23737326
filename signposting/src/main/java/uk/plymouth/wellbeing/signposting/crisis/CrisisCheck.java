package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment.Level;
import uk.plymouth.wellbeing.signposting.crisis.CrisisRules.Strength;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Whether words someone typed or texted may mean a crisis, and of what kind, for every channel: the text
 * conversation asks it first, and so does the kiosk before showing results or an answer. Never calls a language
 * model or the network, never throws, never logs the words.
 *
 * <ol>
 *   <li>The rules of every language ({@code crisis/phrases*.txt}): a crisis phrase is {@link Level#CLEAR}.
 *   <li>For English, the classifier ({@link CrisisClassifier}): a chance of a crisis at or above
 *       {@code hub.crisis.possible-at}, or {@code hub.crisis.cue-at} when the text holds a cue word, is
 *       {@link Level#POSSIBLE}.
 *   <li>Without a model (or for another language than English) only the phrases count: a cue needs meaning to
 *       agree.
 * </ol>
 */
public class CrisisCheck {

    /** Shorter texts are commands and answers ("END", "yes please", "2"): only rules and cues read them. */
    static final int MIN_WORDS_BY_MEANING = 3;

    private final List<CrisisRules> rules;
    private final @Nullable CrisisClassifier classifier;
    private final CrisisProperties properties;
    private final Set<String> searchFiller;

    CrisisCheck(List<CrisisRules> rules, @Nullable CrisisClassifier classifier, CrisisProperties properties) {
        if (rules.isEmpty() || !rules.get(0).language().equals("en")) {
            throw new IllegalArgumentException("the English rules come first");
        }
        this.rules = List.copyOf(rules);
        this.classifier = classifier;
        this.properties = properties;
        this.searchFiller = ServiceSearch.fillerWords();
    }

    /** What the words may mean; anything at all is safe to pass, including empty text. */
    public CrisisAssessment assess(@Nullable String words) {
        return decide(evidence(Objects.requireNonNullElse(words, "")), properties);
    }

    /**
     * What the rules and the classifier found, before any threshold.
     *
     * @param clear the most urgent kind of crisis phrase, or null
     * @param cue the most urgent kind of cue word, or null
     * @param meaning the classifier's reading; null when it was not asked (no model, another language, a short text
     *     without a cue, or a phrase already decided)
     */
    record Evidence(String language, @Nullable CrisisKind clear, @Nullable CrisisKind cue,
            CrisisClassifier.@Nullable Reading meaning, String otherWords) {}

    Evidence evidence(String text) {
        String language = languageOf(text);
        CrisisKind clearKind = null;
        CrisisKind cueKind = null;
        CrisisRules clearRules = null;
        CrisisRules.Reading clearReading = null;
        CrisisRules.Reading english = null;
        for (CrisisRules each : rules) {
            CrisisRules.Reading reading = each.read(text);
            english = english == null ? reading : english;
            CrisisKind phrase = reading.mostUrgent(Strength.PHRASE);
            if (phrase != null && (clearKind == null || CrisisKind.moreUrgent(phrase, clearKind) != clearKind)) {
                clearKind = phrase;
                clearRules = each;
                clearReading = reading;
            }
            CrisisKind cue = reading.mostUrgent(Strength.CUE);
            if (cue != null) {
                cueKind = cueKind == null ? cue : CrisisKind.moreUrgent(cue, cueKind);
            }
        }
        if (clearKind != null) {
            String replyIn = language.equals("en") ? clearRules.language() : language;
            return new Evidence(replyIn, clearKind, cueKind, null, otherWords(clearRules, clearReading));
        }
        CrisisClassifier.Reading meaning = null;
        if (language.equals("en") && classifier != null
                && (cueKind != null || english.words().size() >= MIN_WORDS_BY_MEANING)) {
            meaning = classifier.read(text).orElse(null);
        }
        return new Evidence(language, null, cueKind, meaning, otherWords(rules.get(0), english));
    }

    static CrisisAssessment decide(Evidence evidence, CrisisProperties thresholds) {
        if (evidence.clear() != null) {
            return new CrisisAssessment(Level.CLEAR, evidence.clear(), evidence.language(), evidence.otherWords());
        }
        CrisisClassifier.Reading meaning = evidence.meaning();
        if (meaning != null) {
            double threshold = evidence.cue() != null ? thresholds.cueAt() : thresholds.possibleAt();
            if (meaning.crisis() < threshold) {
                return CrisisAssessment.none(evidence.language());
            }
            return new CrisisAssessment(Level.POSSIBLE, meaning.kind(),
                    evidence.language(), evidence.otherWords());
        }
        // a cue alone, with no meaning to agree (no model, or a language it does not read), is not enough
        return CrisisAssessment.none(evidence.language());
    }

    public boolean looksLikeCrisis(@Nullable String words) {
        return assess(words).isCrisis();
    }

    /** The languages with rules, English first. */
    public List<String> languages() {
        return rules.stream().map(CrisisRules::language).toList();
    }

    /** Whether meaning is read too (a model is loaded), not the rules alone. */
    public boolean readsMeaning() {
        return classifier != null;
    }

    /** The first language other than English whose letters or words the text has; else English. */
    String languageOf(String text) {
        for (int i = 1; i < rules.size(); i++) {
            if (rules.get(i).looksLikeLanguage(text)) {
                return rules.get(i).language();
            }
        }
        return "en";
    }

    /** The words outside any crisis phrase that ask for something. */
    private String otherWords(CrisisRules language, CrisisRules.Reading reading) {
        boolean[] crisisWord = new boolean[reading.words().size()];
        for (CrisisRules.Match match : reading.matches()) {
            if (match.strength() == Strength.PHRASE) {
                for (int i = match.start(); i < match.end(); i++) {
                    crisisWord[i] = true;
                }
            }
        }
        List<String> other = new ArrayList<>();
        for (int i = 0; i < crisisWord.length; i++) {
            String word = reading.words().get(i);
            if (!crisisWord[i] && !language.isFiller(word) && !searchFiller.contains(word)) {
                other.add(word);
            }
        }
        return String.join(" ", other);
    }
}
