package uk.plymouth.wellbeing.signposting.search;

import java.util.List;

/**
 * Turns text into a vector whose direction carries its meaning, so "the cupboards are empty" lands near a food
 * bank's description although they share no word. The search depends on this and never on a model class.
 */
public interface TextEmbedder {

    /** Names the model and its variant; part of every cache key, so changing model never reuses old vectors. */
    String modelId();

    int dimensions();

    float[] embed(String text);

    /** The vectors of many texts in the same order; may use several threads. */
    List<float[]> embedAll(List<String> texts);
}
