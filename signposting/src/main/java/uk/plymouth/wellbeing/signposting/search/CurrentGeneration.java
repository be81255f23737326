package uk.plymouth.wellbeing.signposting.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index generation searches use now, and a searcher lent from it for exactly one task: a generation swapped
 * out while a task runs stays open until the task gives its searcher back.
 */
final class CurrentGeneration {

    private static final Logger log = LoggerFactory.getLogger(CurrentGeneration.class);

    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();

    /** Something to do with one whole generation and a searcher of it. */
    @FunctionalInterface
    interface SearcherTask<T> {
        T run(IndexGeneration generation, IndexSearcher searcher) throws IOException;
    }

    IndexGeneration get() {
        return current.get();
    }

    /** Makes {@code next} current; returns the one it replaces (to close), or null. */
    IndexGeneration getAndSet(IndexGeneration next) {
        return current.getAndSet(next);
    }

    void set(IndexGeneration first) {
        current.set(first);
    }

    <T> T withSearcher(SearcherTask<T> task) {
        for (int attempt = 0; ; attempt++) {
            IndexGeneration generation = current.get();
            IndexSearcher searcher;
            try {
                searcher = generation.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // swapped for a newer generation between get() and acquire()
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return task.run(generation, searcher);
            } catch (AlreadyClosedException e) {
                if (attempt >= 3) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Searching the in-memory index failed", e);
            } finally {
                try {
                    generation.release(searcher);
                } catch (IOException e) {
                    log.warn("Releasing a searcher failed", e);
                }
            }
        }
    }
}
