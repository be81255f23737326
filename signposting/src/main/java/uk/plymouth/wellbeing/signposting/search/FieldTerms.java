package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of every text field of a generation, so searches can drop words that cannot match without a lookup
 * ({@link QueryPruner}) and the spelling corrector leaves words of the index alone.
 */
final class FieldTerms {

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
}
