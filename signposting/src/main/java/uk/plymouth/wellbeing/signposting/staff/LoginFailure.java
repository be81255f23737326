package uk.plymouth.wellbeing.signposting.staff;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a failed login did: whether the account is now locked, and until when. An unknown username gives the same
 * answer as a known one's first failure ({@link #NOT_LOCKED}), so this never tells whether an account exists; the
 * login screen should say the same thing in every case.
 *
 * @param lockedUntil when the lock ends; null when not locked
 */
public record LoginFailure(boolean locked, @Nullable Instant lockedUntil) {

    public static final LoginFailure NOT_LOCKED = new LoginFailure(false, null);

    public LoginFailure {
        if (locked != (lockedUntil != null)) {
            throw new IllegalArgumentException("A locked login failure needs an end to the lock, and only then");
        }
    }

    static LoginFailure lockedUntil(Instant until) {
        return new LoginFailure(true, until);
    }
}
