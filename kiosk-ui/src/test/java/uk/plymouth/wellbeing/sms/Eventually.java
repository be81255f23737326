package uk.plymouth.wellbeing.sms;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what the app does on its own threads (the outbox's worker): polls until true, or fails at a deadline. */
final class Eventually {

    private Eventually() {}

    static void within(Duration limit, String what, BooleanSupplier done) {
        within(limit, () -> what, done);
    }

    static void within(Duration limit, Supplier<String> what, BooleanSupplier done) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what.get());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + what.get());
            }
        }
    }
}
