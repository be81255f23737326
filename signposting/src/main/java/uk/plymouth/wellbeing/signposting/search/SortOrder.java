package uk.plymouth.wellbeing.signposting.search;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first; nearer places win ties. The default without a place. */
    RELEVANCE,
    /** Nearest first among good matches. The default when a postcode or place is given. */
    DISTANCE
}
