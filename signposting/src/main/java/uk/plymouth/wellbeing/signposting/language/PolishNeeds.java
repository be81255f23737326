package uk.plymouth.wellbeing.signposting.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.search.QueryTranslation;

/**
 * Polish as residents write it, read from {@code language/pl-needs.txt}: whether a text is in Polish, and the
 * English words to search for the needs it names ("potrzebuję pomocy z jedzeniem" searches for "food"), with the
 * words understood so a screen or a text can say so ("jedzeniem = food").
 *
 * <p>A text is Polish when it has a Polish letter, a Polish word that asks for nothing ({@code skip:}), or a need
 * from the file written exactly; then a word one slip from a need counts too. Words of a Polish text that are not
 * understood stay when they could be English or a place ("PL5", "plympton", "CV"), and go when they have Polish
 * letters. Searches in English are left exactly as typed.
 */
public final class PolishNeeds implements QueryTranslation {

    /** Where the file lives in the content folder. */
    public static final String FILE = "language/pl-needs.txt";

    private final NeedsLexicon lexicon;

    private PolishNeeds(NeedsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Reads a needs file.
     *
     * @param fileName named in problem messages
     * @throws IllegalArgumentException naming the file, line and field of every problem
     */
    public static PolishNeeds parse(String fileName, String text) {
        return new PolishNeeds(NeedsLexicon.parse(fileName, text));
    }

    /** Understands no Polish: only Polish letters show a text is Polish, and nothing is translated. */
    public static PolishNeeds none() {
        return new PolishNeeds(NeedsLexicon.empty());
    }

    /** How many ways of writing a need the file holds (for the start-up log). */
    public int formCount() {
        return lexicon.needs().size();
    }

    /** Whether {@code text} is in Polish (for replying in Polish). */
    public boolean isPolish(String text) {
        return isPolish(text, PolishWords.of(text));
    }

    /**
     * What a text asks for, in the English words of the directory.
     *
     * @return for a Polish text, the English to search and the words understood; for any other, the text as typed
     */
    @Override
    public Translated translate(String text) {
        List<PolishWords.Word> words = PolishWords.of(text);
        if (!isPolish(text, words)) {
            return Translated.asTyped(text);
        }
        Set<String> search = new LinkedHashSet<>();
        List<Understood> understood = new ArrayList<>();
        for (int at = 0; at < words.size();) {
            NeedsLexicon.Need need = needAt(words, at, true);
            if (need != null) {
                List<PolishWords.Word> typed = words.subList(at, at + need.words().size());
                understood.add(new Understood(String.join(" ", typed.stream().map(PolishWords.Word::typed)
                        .toList()), need.english()));
                search.add(need.english());
                at += need.words().size();
                continue;
            }
            PolishWords.Word word = words.get(at++);
            if (!asksNothing(word.folded()) && !word.hasPolishLetters()) {
                search.add(word.typed());
            }
        }
        return new Translated(search.isEmpty() ? Translated.NOTHING : String.join(" ", search), understood);
    }

    private boolean isPolish(String text, List<PolishWords.Word> words) {
        if (PolishWords.hasPolishLetters(text)) {
            return true;
        }
        for (int at = 0; at < words.size(); at++) {
            if (lexicon.skip().contains(words.get(at).folded()) || needAt(words, at, false) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean asksNothing(String folded) {
        return lexicon.skip().contains(folded) || lexicon.little().contains(folded);
    }

    /** The need with the most words written at {@code at}; failing that, one a slip away when allowed. */
    private NeedsLexicon.@Nullable Need needAt(List<PolishWords.Word> words, int at, boolean slips) {
        NeedsLexicon.Need best = null;
        for (NeedsLexicon.Need need : lexicon.needs()) {
            if (need.matchesAt(words, at) && (best == null || need.words().size() > best.words().size())) {
                best = need;
            }
        }
        if (best != null || !slips || asksNothing(words.get(at).folded())) {
            return best;
        }
        for (NeedsLexicon.Need need : lexicon.needs()) {
            if (need.nearlyMatches(words.get(at).folded())) {
                return need;
            }
        }
        return null;
    }
}
