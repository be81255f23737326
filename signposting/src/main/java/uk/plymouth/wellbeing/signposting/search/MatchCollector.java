package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every match with its final score: Lucene's BM25 score times the item's own weight (running, recently
 * checked), times a lift for the kiosk's own hub and for items on a day the resident named.
 */
final class MatchCollector extends SimpleCollector {

    private final long preferredHubMask;
    private final float preferredHubBoost;
    private final int dayWordMask;
    private final float dayWordBoost;
    private final Matches matches = new Matches();

    private int docBase;
    private Scorable scorer;
    private NumericDocValues category;
    private NumericDocValues hubMask;
    private NumericDocValues dayMask;
    private NumericDocValues boost;
    private NumericDocValues item;

    MatchCollector(long preferredHubMask, float preferredHubBoost, int dayWordMask, float dayWordBoost) {
        this.preferredHubMask = preferredHubMask;
        this.preferredHubBoost = preferredHubBoost;
        this.dayWordMask = dayWordMask;
        this.dayWordBoost = dayWordBoost;
    }

    static CollectorManager<MatchCollector, Matches> manager(long preferredHubMask, float preferredHubBoost,
            int dayWordMask, float dayWordBoost) {
        return new CollectorManager<>() {
            @Override
            public MatchCollector newCollector() {
                return new MatchCollector(preferredHubMask, preferredHubBoost, dayWordMask, dayWordBoost);
            }

            @Override
            public Matches reduce(Collection<MatchCollector> collectors) {
                Matches all = new Matches();
                collectors.forEach(c -> all.addAll(c.matches));
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        category = DocValues.getNumeric(context.reader(), IndexFields.CATEGORY_ORD);
        hubMask = DocValues.getNumeric(context.reader(), IndexFields.HUB_MASK);
        dayMask = DocValues.getNumeric(context.reader(), IndexFields.DAY_MASK);
        boost = DocValues.getNumeric(context.reader(), IndexFields.BOOST);
        item = DocValues.getNumeric(context.reader(), IndexFields.ITEM);
    }

    @Override
    public void setScorer(Scorable scorable) {
        this.scorer = scorable;
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score() * Float.intBitsToFloat((int) value(boost, doc));
        long hubs = value(hubMask, doc);
        if ((hubs & preferredHubMask) != 0) {
            score *= preferredHubBoost;
        }
        if ((value(dayMask, doc) & dayWordMask) != 0) {
            score *= dayWordBoost;
        }
        matches.add(docBase + doc, score, (int) value(category, doc), hubs, (int) value(item, doc));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : 0L;
    }
}
