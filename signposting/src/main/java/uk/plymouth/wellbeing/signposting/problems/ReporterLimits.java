package uk.plymouth.wellbeing.signposting.problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * How many reports each reporter made lately, in this app's memory only: reporters are known by a hash of their
 * kiosk address or phone number with a random salt made at start-up, so nothing here can be turned back into a
 * number, and nothing outlives the app. Only reports let through are counted, so a reporter gets their allowance
 * again as the window moves on.
 */
final class ReporterLimits {

    /** More reporters than this at once (a flood from many numbers) and the idle ones are forgotten. */
    static final int MAX_REPORTERS = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    ReporterLimits() {
        new SecureRandom().nextBytes(salt);
    }

    /** Whether this reporter may make another report now; if so, it is counted. */
    synchronized boolean allow(Reporter reporter, Instant now, int limit, Duration window) {
        Instant since = now.minus(window);
        if (recent.size() >= MAX_REPORTERS) {
            recent.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(since));
            if (recent.size() >= MAX_REPORTERS) {
                // every one is recent: forget them all rather than grow without end (the per-item limit still holds)
                recent.clear();
            }
        }
        Deque<Instant> times = recent.computeIfAbsent(key(reporter), k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private String key(Reporter reporter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(reporter.identity().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java", impossible);
        }
    }
}
