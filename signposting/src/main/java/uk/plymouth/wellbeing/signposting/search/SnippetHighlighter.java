package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Picks the best sentence of a result's text and marks the words that matched, as a {@link Snippet}. */
final class SnippetHighlighter extends UnifiedHighlighter {

    private SnippetHighlighter(Builder builder) {
        super(builder);
    }

    static SnippetHighlighter of(IndexSearcher searcher, Analyzer indexAnalyzer) {
        return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(10_000)
                .withMaxNoHighlightPassages(0));
    }

    /** For each field, a snippet per document (null where nothing matched), documents in the order given. */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docs) throws IOException {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return highlightFieldsAsObjects(fields, query, docs, passages);
    }

    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            List<Snippet.Part> parts = new ArrayList<>();
            if (passage.getStartOffset() > 0) {
                parts.add(new Snippet.Part("... ", false));
            }
            int position = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], position);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue;
                }
                if (start > position) {
                    parts.add(new Snippet.Part(content.substring(position, start), false));
                }
                parts.add(new Snippet.Part(content.substring(start, end), true));
                position = end;
            }
            String tail = content.substring(position, passage.getEndOffset()).stripTrailing();
            if (!tail.isEmpty()) {
                parts.add(new Snippet.Part(tail, false));
            }
            if (passage.getEndOffset() < content.strip().length()) {
                parts.add(new Snippet.Part(" ...", false));
            }
            return new Snippet(parts);
        }
    }
}
