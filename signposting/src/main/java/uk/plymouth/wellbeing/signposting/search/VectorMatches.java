package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * The items nearest in meaning to a query, within the same filters as the word search. Each score is the cosine
 * similarity times the item's own weight and the same lifts {@link MatchCollector} gives (kiosk's hub, day named);
 * items less similar than the floor are left out, so text with no meaning near anything finds nothing.
 */
final class VectorMatches {

    private VectorMatches() {}

    static Matches find(IndexSearcher searcher, float[] queryVector, int candidates, @Nullable Query filter,
            double minSimilarity, long preferredHubMask, float preferredHubBoost, int dayWordMask, float dayWordBoost)
            throws IOException {
        TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, queryVector, candidates, filter),
                candidates);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Matches matches = new Matches();
        for (ScoreDoc hit : top.scoreDocs) {
            double cosine = 2.0 * hit.score - 1.0; // unit vectors: Lucene scores the dot product (the cosine) as (1 + cos) / 2
            if (cosine < minSimilarity) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            int doc = hit.doc - leaf.docBase;
            long hubs = value(leaf, IndexFields.HUB_MASK, doc);
            float score = (float) cosine * Float.intBitsToFloat((int) value(leaf, IndexFields.BOOST, doc));
            if ((hubs & preferredHubMask) != 0) {
                score *= preferredHubBoost;
            }
            if ((value(leaf, IndexFields.DAY_MASK, doc) & dayWordMask) != 0) {
                score *= dayWordBoost;
            }
            matches.add(hit.doc, score, (int) value(leaf, IndexFields.CATEGORY_ORD, doc), hubs,
                    (int) value(leaf, IndexFields.ITEM, doc));
        }
        return matches;
    }

    private static long value(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc) ? values.longValue() : 0L;
    }
}
