package uk.plymouth.wellbeing.signposting.location;

import org.jspecify.annotations.Nullable;

/**
 * What we made of a place a resident gave us. Every outcome carries a plain-English message for the resident; only
 * {@link Found} has a point to sort by.
 */
public sealed interface PlaceLookup {

    String message();

    /** The point to measure distances from, when we have one. */
    default @Nullable GeoPoint point() {
        return null;
    }

    /** A Plymouth district or neighbourhood we know. */
    record Found(String place, GeoPoint point) implements PlaceLookup {
        @Override
        public String message() {
            return "Showing the nearest first to " + place + ".";
        }
    }

    /** A district we know but outside the city: still sorted by distance, with a note. */
    record OutsidePlymouth(String place, GeoPoint point) implements PlaceLookup {
        @Override
        public String message() {
            return place + " is outside Plymouth. Our hubs are all in the city; the nearest are shown first.";
        }
    }

    /** Shaped like a postcode, but not one we know. */
    record Unknown(String place) implements PlaceLookup {
        @Override
        public String message() {
            return "We don't know where " + place
                    + " is. We cover Plymouth postcodes PL1 to PL9, so here are results from all our hubs.";
        }
    }

    /** Not shaped like a postcode at all. */
    record Invalid(String text) implements PlaceLookup {
        @Override
        public String message() {
            return "\"" + text + "\" doesn't look like a postcode. Try the first part, such as PL5, or a full one, "
                    + "such as PL5 3AB.";
        }
    }
}
