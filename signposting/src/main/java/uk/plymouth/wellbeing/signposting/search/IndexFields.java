package uk.plymouth.wellbeing.signposting.search;

/** Names of the index fields, in one place. */
final class IndexFields {

    // Exact keys: indexed untokenized, for filters
    static final String ID = "id";
    static final String KIND = "kind";
    static final String CATEGORY = "category";
    static final String HUB = "hub";
    static final String FREE = "free";
    static final String WEEKDAY = "weekday";
    static final String OCCURS = "occurs";

    // Per-document numbers read while collecting (doc values)
    static final String CATEGORY_ORD = "category_ord";
    static final String HUB_MASK = "hub_mask";
    static final String DAY_MASK = "day_mask";
    static final String BOOST = "boost";
    static final String ITEM = "item";

    // The item's meaning as a vector (semantic search)
    static final String VECTOR = "vector";

    // Analyzed text, searched with these weights
    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "description";
    static final String CATEGORY_TEXT = "category_text";
    static final String HUB_TEXT = "hub_text";

    static final String[] TEXT_FIELDS = {TITLE, TAGS, SUMMARY, DESCRIPTION, CATEGORY_TEXT, HUB_TEXT};
    static final float[] TEXT_BOOSTS = {4f, 3f, 2f, 1f, 1.2f, 1.2f};

    static float boostOf(String field) {
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            if (TEXT_FIELDS[i].equals(field)) {
                return TEXT_BOOSTS[i];
            }
        }
        return 1f;
    }

    private IndexFields() {}
}
