package uk.plymouth.wellbeing.signposting.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Removes the parts of a search that cannot match anything in this index: words no document of that field holds
 * (filler words, words of other fields, synonyms the directory never uses). A resident's long sentence then costs
 * a few real terms instead of hundreds, and scores are unchanged, because those parts scored nothing.
 */
final class QueryPruner {

    private final Map<String, Set<String>> fieldTerms;

    /** @param fieldTerms every term of every text field of the index */
    QueryPruner(Map<String, Set<String>> fieldTerms) {
        this.fieldTerms = fieldTerms;
    }

    /** The query without its unmatchable parts; null when nothing in it can match. */
    @Nullable
    Query prune(Query query) {
        if (query instanceof TermQuery term) {
            return exists(term.getTerm()) ? query : null;
        }
        if (query instanceof BoostQuery boost) {
            Query inner = prune(boost.getQuery());
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof PhraseQuery phrase) {
            for (Term term : phrase.getTerms()) {
                if (!exists(term)) {
                    return null;
                }
            }
            return query;
        }
        if (query instanceof SynonymQuery synonyms) {
            return synonyms(synonyms);
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        return query;
    }

    private @Nullable Query synonyms(SynonymQuery query) {
        List<Term> kept = new ArrayList<>();
        for (Term term : query.getTerms()) {
            if (exists(term)) {
                kept.add(term);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == 1) {
            return new TermQuery(kept.get(0));
        }
        SynonymQuery.Builder builder = new SynonymQuery.Builder(query.getField());
        kept.forEach(builder::addTerm);
        return builder.build();
    }

    private @Nullable Query bool(BooleanQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int kept = 0;
        for (BooleanClause clause : query.clauses()) {
            Query pruned = prune(clause.getQuery());
            boolean required = clause.getOccur() == BooleanClause.Occur.MUST
                    || clause.getOccur() == BooleanClause.Occur.FILTER;
            if (pruned == null) {
                if (required) {
                    return null; // a required part cannot match, so nothing can
                }
                continue;
            }
            builder.add(pruned, clause.getOccur());
            kept++;
        }
        if (kept == 0) {
            return null;
        }
        builder.setMinimumNumberShouldMatch(Math.min(query.getMinimumNumberShouldMatch(), kept));
        return builder.build();
    }

    private boolean exists(Term term) {
        Set<String> terms = fieldTerms.get(term.field());
        return terms == null || terms.contains(term.text());
    }
}
