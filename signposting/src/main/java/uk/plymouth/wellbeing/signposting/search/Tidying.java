package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After many publishes (a tenth of the items, and at least {@value #MIN_PUBLISHED}), builds the whole index again
 * on a quiet background thread and swaps it in: replaced documents stop counting in the scores, and the small
 * segments and dead item ordinals go. Publishing goes on meanwhile and is never held up by it; whatever was
 * published during the build is published again onto the new index before the swap.
 */
final class Tidying {

    static final int MIN_PUBLISHED = 50;
    static final int SHARE_DIVISOR = 10;

    private static final Logger log = LoggerFactory.getLogger(Tidying.class);

    private final ServiceSearch search;
    private final Supplier<IndexGeneration> current;
    private final SearchProperties properties;
    private final SemanticEmbeddings embeddings;
    private final AtomicBoolean running = new AtomicBoolean();

    Tidying(ServiceSearch search, Supplier<IndexGeneration> current, SearchProperties properties,
            SemanticEmbeddings embeddings) {
        this.search = search;
        this.current = current;
        this.properties = properties;
        this.embeddings = embeddings;
    }

    /** Starts a tidy when enough has been published on this generation's base and none is running. */
    void consider(IndexGeneration generation) {
        int published = generation.publishedSinceBuild();
        if (published >= Math.max(MIN_PUBLISHED, generation.documents / SHARE_DIVISOR)
                && running.compareAndSet(false, true)) {
            Thread thread = new Thread(this::run, "search-index-tidy");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private void run() {
        try {
            IndexGeneration from = current.get();
            long started = System.nanoTime();
            IndexGeneration tidied = FullBuild.of(from.snapshot, from.builtFor, properties, embeddings);
            search.swapInTidied(from, tidied);
            log.info("Search index tidied after {} published items: {} documents in {} ms",
                    from.publishedSinceBuild(), tidied.documents, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("Tidying the search index failed; it stays as it is until the next full build", e);
        } finally {
            running.set(false);
        }
    }

    /** Whether a tidy is under way (tests). */
    boolean running() {
        return running.get();
    }
}
