package uk.plymouth.wellbeing.signposting.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning for the search.
 *
 * @param minRelativeScore with text, results scoring below this share of the best result are dropped as noise
 * @param minRelativeScoreByDistance the same when sorting by distance, where weak matches would otherwise jump
 *     ahead just for being near
 * @param preferredHubBoost score multiplier for items at the kiosk's own hub
 * @param dayWordBoost score multiplier for items running on a day named in the text ("football tuesday")
 * @param closedFactor score multiplier for temporarily closed items: still found, below running ones
 * @param horizonDays how far ahead activity dates are indexed for day filters
 * @param maxQueryWords words of a search used; the rest of a very long text is ignored
 */
@ConfigurationProperties("hub.search")
public record SearchProperties(
        @DefaultValue("0.2") double minRelativeScore,
        @DefaultValue("0.35") double minRelativeScoreByDistance,
        @DefaultValue("1.25") double preferredHubBoost,
        @DefaultValue("2.0") double dayWordBoost,
        @DefaultValue("0.6") double closedFactor,
        @DefaultValue("62") int horizonDays,
        @DefaultValue("24") int maxQueryWords) {

    public static SearchProperties defaults() {
        return new SearchProperties(0.2, 0.35, 1.25, 2.0, 0.6, 62, 24);
    }
}
