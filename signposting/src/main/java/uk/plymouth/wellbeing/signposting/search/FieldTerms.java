package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of every text field of a generation, so searches can drop words that cannot match without a lookup
 * ({@link QueryPruner}) and the spelling corrector leaves words of the index alone.
 */
final class FieldTerms {

    private static final Set<String> TEXT_FIELDS = Set.of(IndexFields.TEXT_FIELDS);

    private FieldTerms() {}

    /** The terms of each text field of every document in the reader (a full build: no deletions). */
    static Map<String, Set<String>> read(IndexReader reader) throws IOException {
        Map<String, Set<String>> terms = new HashMap<>();
        for (String field : IndexFields.TEXT_FIELDS) {
            Set<String> texts = new HashSet<>();
            Terms fieldTerms = MultiTerms.getTerms(reader, field);
            if (fieldTerms != null) {
                TermsEnum each = fieldTerms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    texts.add(term.utf8ToString());
                }
            }
            terms.put(field, Set.copyOf(texts));
        }
        return Map.copyOf(terms);
    }

    /** Adds the terms of a document's text fields, analysed as the index analyses them, to {@code into}. */
    static void collect(Document document, Analyzer indexAnalyzer, Map<String, Set<String>> into) {
        for (IndexableField field : document) {
            String text = field.stringValue();
            if (text != null && TEXT_FIELDS.contains(field.name())) {
                into.computeIfAbsent(field.name(), f -> new HashSet<>()).addAll(Tokens.of(indexAnalyzer, text));
            }
        }
    }

    /**
     * The terms after an update: the old ones, plus those of the new documents, less those of replaced or removed
     * documents that no live document of {@code reader} holds any more (the same sets a full build would read).
     */
    static Map<String, Set<String>> updated(Map<String, Set<String>> old, Map<String, Set<String>> added,
            Map<String, Set<String>> removed, IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Map<String, Set<String>> out = new HashMap<>(old);
        for (String field : IndexFields.TEXT_FIELDS) {
            Set<String> plus = added.getOrDefault(field, Set.of());
            Set<String> minus = new HashSet<>(removed.getOrDefault(field, Set.of()));
            minus.removeAll(plus);
            Set<String> before = old.getOrDefault(field, Set.of());
            if (before.containsAll(plus) && Collections.disjoint(before, minus)) {
                continue;
            }
            Set<String> terms = new HashSet<>(before);
            terms.addAll(plus);
            for (String term : minus) {
                // counts live documents only: the replaced ones are deleted, though their terms linger until a merge
                if (searcher.count(new TermQuery(new Term(field, term))) == 0) {
                    terms.remove(term);
                }
            }
            out.put(field, Collections.unmodifiableSet(terms));
        }
        return Map.copyOf(out);
    }
}
