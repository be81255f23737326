package uk.plymouth.wellbeing.signposting.search;

/**
 * One real embedding model per test JVM (loading it takes a second or more): the quantised all-MiniLM-L6-v2, or
 * the full one with {@code -Dtest.embedding-model=FULL} to compare them.
 */
final class TestEmbedders {

    private static TextEmbedder model;

    private TestEmbedders() {}

    static synchronized TextEmbedder quantised() {
        if (model == null) {
            model = MiniLmEmbedder.load(MiniLmEmbedder.Variant.valueOf(
                    System.getProperty("test.embedding-model", "QUANTISED")));
        }
        return model;
    }
}
