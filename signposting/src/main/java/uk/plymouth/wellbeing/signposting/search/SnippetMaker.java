package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the sentence of a result's summary or description that best matches the search and marks the matching
 * words. Works on the text already in memory, analysed as the index analyses it, so "debts" is marked for "debt".
 */
final class SnippetMaker {

    private static final int LONGEST = 240;

    private final Analyzer analyzer;
    private final Set<String> stems;

    /** @param stems the search's terms as the index holds them (stemmed, lower case) */
    SnippetMaker(Analyzer analyzer, Set<String> stems) {
        this.analyzer = analyzer;
        this.stems = stems;
    }

    /** The best sentence of the first text with a match, or null when no text matches. */
    Snippet best(String... texts) {
        for (String text : texts) {
            Snippet snippet = bestSentence(text);
            if (snippet != null) {
                return snippet;
            }
        }
        return null;
    }

    private Snippet bestSentence(String text) {
        if (stems.isEmpty() || text.isBlank()) {
            return null;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        sentences.setText(text);
        List<int[]> bestMatches = List.of();
        int bestStart = 0;
        int bestEnd = 0;
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            List<int[]> matches = matches(text.substring(start, end), start);
            if (matches.size() > bestMatches.size()) {
                bestMatches = matches;
                bestStart = start;
                bestEnd = end;
            }
        }
        return bestMatches.isEmpty() ? null : snippet(text, bestStart, bestEnd, bestMatches);
    }

    private List<int[]> matches(String sentence, int offset) {
        List<int[]> found = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", sentence)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (stems.contains(term.toString())) {
                    found.add(new int[] {offset + offsets.startOffset(), offset + offsets.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text from memory failed", e);
        }
        return found;
    }

    private static Snippet snippet(String text, int start, int end, List<int[]> matches) {
        int from = start;
        int to = end;
        if (to - from > LONGEST) {
            from = Math.max(start, matches.get(0)[0] - LONGEST / 3);
            to = Math.min(end, from + LONGEST);
        }
        List<Snippet.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Snippet.Part("... ", false));
        }
        int position = from;
        for (int[] match : matches) {
            if (match[0] < position || match[1] > to) {
                continue;
            }
            if (match[0] > position) {
                parts.add(new Snippet.Part(text.substring(position, match[0]), false));
            }
            parts.add(new Snippet.Part(text.substring(match[0], match[1]), true));
            position = match[1];
        }
        String tail = text.substring(position, to).stripTrailing();
        if (!tail.isEmpty()) {
            parts.add(new Snippet.Part(tail, false));
        }
        if (to < text.strip().length()) {
            parts.add(new Snippet.Part(" ...", false));
        }
        if (!parts.isEmpty() && !parts.get(0).matched()) {
            parts.set(0, new Snippet.Part(parts.get(0).text().stripLeading(), false));
        }
        return new Snippet(parts);
    }
}
