package uk.plymouth.wellbeing.system;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure counted in the database, counted again at most once per {@code maxAge} however often Prometheus scrapes
 * (and however many gauges show parts of it). When counting fails (the database is down) it reads as null for that
 * interval, which the gauges show as NaN: "unknown", not a reassuring zero.
 */
final class CachedReading<T> {

    private static final Logger log = LoggerFactory.getLogger(CachedReading.class);

    private final String what;
    private final Supplier<T> source;
    private final long maxAgeNanos;
    private @Nullable T value;
    private long readAt;
    private boolean read;

    CachedReading(String what, Supplier<T> source, Duration maxAge) {
        this.what = what;
        this.source = source;
        this.maxAgeNanos = maxAge.toNanos();
    }

    synchronized @Nullable T get() {
        long now = System.nanoTime();
        if (!read || now - readAt >= maxAgeNanos) {
            read = true;
            readAt = now;
            try {
                value = source.get();
            } catch (RuntimeException failed) {
                value = null;
                log.warn("Could not count {} for the metrics ({}); shown as unknown", what,
                        failed.getClass().getSimpleName());
            }
        }
        return value;
    }
}
