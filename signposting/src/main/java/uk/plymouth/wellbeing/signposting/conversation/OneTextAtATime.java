package uk.plymouth.wellbeing.signposting.conversation;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Texts from one number are answered one after another, on this instance and across instances, so each reads the
 * conversation the one before it left ("food bank", "help with debt" and "CALL" sent together do not overwrite each
 * other; "YES" sent twice books one call).
 *
 * <p>On this instance a lock in the JVM comes first, so texts waiting their turn hold nothing in the database. Then a
 * shared lock (ShedLock's table) named by 16 bits of the number's hash, so the row never says whose number it was;
 * numbers that share those bits only wait for each other. It is a lease, not a held connection: answering may call
 * the optional language model, and a connection held that long would starve the pool. An answer that outlives the
 * lease ({@link #LEASE}) loses its exclusivity, never its answer; a lock not had within {@link #WAIT_AT_MOST} is a
 * failure the inbox retries later.
 */
@Component
class OneTextAtATime {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration WAIT_AT_MOST = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;
    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final LockProvider sharedLocks;

    OneTextAtATime(LockProvider sharedLocks) {
        this.sharedLocks = sharedLocks;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T answer(PhoneNumber from, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(from.e164().hashCode(), STRIPES)];
        lock.lock();
        try {
            SimpleLock shared = sharedTurn(from);
            try {
                return work.get();
            } finally {
                shared.unlock();
            }
        } finally {
            lock.unlock();
        }
    }

    private SimpleLock sharedTurn(PhoneNumber from) {
        String name = "texts-from-" + Integer.toHexString(from.e164().hashCode() & 0xFFFF);
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        while (true) {
            Optional<SimpleLock> taken = sharedLocks.lock(new LockConfiguration(ClockProvider.now(), name, LEASE,
                    Duration.ZERO));
            if (taken.isPresent()) {
                return taken.get();
            }
            if (System.nanoTime() > deadline) {
                throw new CannotAcquireLockException("Another instance is still answering this number's last text");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new CannotAcquireLockException("Interrupted waiting for this number's turn", interrupted);
            }
        }
    }
}
