package uk.plymouth.wellbeing.signposting.conversation;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Texts from one number are answered one after another on this instance, so each reads the conversation the one
 * before it left ("food bank", "help with debt" and "CALL" sent together do not overwrite each other). Different
 * numbers never wait for each other beyond a shared stripe.
 */
@Component
class OneTextAtATime {

    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    OneTextAtATime() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T answer(PhoneNumber from, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(from.e164().hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
