package uk.plymouth.wellbeing.signposting.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning for the search.
 *
 * @param minRelativeScore with text, results scoring below this share of the best result are dropped as noise
 * @param minRelativeScoreByDistance the same when sorting by distance, where weak matches would otherwise jump
 *     ahead just for being near
 * @param goodMatchShare with a place, results at least this share of the best match for the words come first,
 *     nearest first among them; the rest follow
 * @param preferredHubBoost score multiplier for items at the kiosk's own hub
 * @param dayWordBoost score multiplier for items running on a day named in the text ("football tuesday")
 * @param closedFactor score multiplier for temporarily closed items: still found, below running ones
 * @param horizonDays how far ahead activity dates are indexed for day filters
 * @param maxQueryWords words of a search used; the rest of a very long text is ignored
 * @param semantic search by meaning as well as by words (false: BM25 only, and no model is loaded)
 * @param fusion how word and meaning results are combined
 * @param semanticCandidates nearest items by meaning considered per search
 * @param minSimilarity cosine similarity below which an item found only by meaning is not shown
 * @param semanticWeight weight of meaning against words in the {@link Fusion#BLEND}
 * @param embeddingModel which all-MiniLM-L6-v2 variant embeds text
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(
        @DefaultValue("0.2") double minRelativeScore,
        @DefaultValue("0.35") double minRelativeScoreByDistance,
        @DefaultValue("0.6") double goodMatchShare,
        @DefaultValue("1.25") double preferredHubBoost,
        @DefaultValue("2.0") double dayWordBoost,
        @DefaultValue("0.6") double closedFactor,
        @DefaultValue("62") int horizonDays,
        @DefaultValue("24") int maxQueryWords,
        @DefaultValue("true") boolean semantic,
        @DefaultValue("RRF") Fusion fusion,
        @DefaultValue("50") int semanticCandidates,
        @DefaultValue("0.25") double minSimilarity,
        @DefaultValue("1.0") double semanticWeight,
        @DefaultValue("QUANTISED") MiniLmEmbedder.Variant embeddingModel) {

    /** Ways to combine the word (BM25) ranking with the meaning (vector) ranking. */
    public enum Fusion {
        /** Reciprocal rank fusion, k = 60: only the two rank positions count. */
        RRF,
        /** Word score as a share of the best, plus the weighted similarity above {@code minSimilarity}. */
        BLEND
    }

    public static SearchProperties defaults() {
        return new SearchProperties(0.2, 0.35, 0.6, 1.25, 2.0, 0.6, 62, 24, true, Fusion.RRF, 50, 0.25, 1.0,
                MiniLmEmbedder.Variant.QUANTISED);
    }

    public SearchProperties withSemantic(boolean on) {
        return new SearchProperties(minRelativeScore, minRelativeScoreByDistance, goodMatchShare, preferredHubBoost,
                dayWordBoost, closedFactor, horizonDays, maxQueryWords, on, fusion, semanticCandidates,
                minSimilarity, semanticWeight, embeddingModel);
    }

    public SearchProperties withFusion(Fusion how, double weight, double similarityFloor) {
        return new SearchProperties(minRelativeScore, minRelativeScoreByDistance, goodMatchShare, preferredHubBoost,
                dayWordBoost, closedFactor, horizonDays, maxQueryWords, semantic, how, semanticCandidates,
                similarityFloor, weight, embeddingModel);
    }

    public SearchProperties withGoodMatchShare(double share) {
        return new SearchProperties(minRelativeScore, minRelativeScoreByDistance, share, preferredHubBoost,
                dayWordBoost, closedFactor, horizonDays, maxQueryWords, semantic, fusion, semanticCandidates,
                minSimilarity, semanticWeight, embeddingModel);
    }
}
