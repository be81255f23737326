package uk.plymouth.wellbeing.signposting.search;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * One result.
 *
 * @param nearestHubId the item's hub nearest the place searched from (or the preferred hub, or its first hub)
 * @param distanceKm from the place searched from to that hub; null when no place was given
 */
public record SearchHit(
        DirectoryItem item, float score, Snippet snippet, String nearestHubId, @Nullable Double distanceKm) {}
