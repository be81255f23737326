package uk.plymouth.wellbeing.signposting.search;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in model (a bag of hashed words, no meaning) that stops the first time it is asked to embed one given
 * text until {@link #open} is counted down: a search for that text is then held half-way, with its index
 * generation taken, while a test changes the index under it.
 */
final class GatedEmbedder implements TextEmbedder {

    private static final int DIMENSIONS = 32;

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);
    private final String gatedText;
    private final AtomicBoolean gateUsed = new AtomicBoolean();

    GatedEmbedder(String gatedText) {
        this.gatedText = gatedText;
    }

    @Override
    public String modelId() {
        return "gated-hash";
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        if (text.equals(gatedText) && gateUsed.compareAndSet(false, true)) {
            entered.countDown();
            try {
                if (!open.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        float[] vector = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.UK).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1f;
            }
        }
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
