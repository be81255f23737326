package uk.plymouth.wellbeing.signposting.staff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/** The account's own rules: lockout with a moving clock, and what it accepts as a username. */
class StaffAccountTest {

    static final int MAX = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final String HASH = "{bcrypt}$2a$04$notARealHashButShapedLikeOne";

    final MutableClock clock = new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    final StaffAccount sam = StaffAccount.create("Sam.Smith", "Sam Smith", HASH, StaffRole.STAFF,
            Set.of("four-greens"), clock.instant());

    boolean fail() {
        clock.advance(Duration.ofSeconds(10));
        return sam.recordFailedLogin(clock.instant(), MAX, LOCK_FOR);
    }

    @Test
    void startsEnabledUnlockedAndLowerCase() {
        assertThat(sam.username()).isEqualTo("sam.smith");
        assertThat(sam.isEnabled()).isTrue();
        assertThat(sam.isLocked(clock.instant())).isFalse();
        assertThat(sam.failedLogins()).isZero();
        assertThat(sam.hubIds()).containsExactly("four-greens");
        assertThat(sam.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void fourFailuresInARowDoNotLock() {
        for (int i = 0; i < 4; i++) {
            assertThat(fail()).isFalse();
        }
        assertThat(sam.failedLogins()).isEqualTo(4);
        assertThat(sam.isLocked(clock.instant())).isFalse();
        assertThat(sam.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            fail();
        }
        assertThat(fail()).isTrue();
        Instant lockedAt = clock.instant();

        assertThat(sam.lockedUntil()).isEqualTo(lockedAt.plus(LOCK_FOR));
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(sam.isLocked(clock.instant())).isTrue();
        clock.set(lockedAt.plus(LOCK_FOR));
        assertThat(sam.isLocked(clock.instant())).isFalse();
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        Instant until = sam.lockedUntil();

        assertThat(fail()).isTrue();
        assertThat(fail()).isTrue();

        assertThat(sam.lockedUntil()).isEqualTo(until);
        assertThat(sam.failedLogins()).isEqualTo(5);
    }

    @Test
    void theFirstFailureAfterALockRunsOutCountsAfresh() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        clock.advance(LOCK_FOR);

        assertThat(fail()).isFalse();

        assertThat(sam.failedLogins()).isEqualTo(1);
        assertThat(sam.lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresAndNotesTheTime() {
        fail();
        fail();
        clock.advance(Duration.ofMinutes(1));

        sam.recordSuccessfulLogin(clock.instant());

        assertThat(sam.failedLogins()).isZero();
        assertThat(sam.lastLoginAt()).isEqualTo(clock.instant());
        // so four more failures do not lock
        for (int i = 0; i < 4; i++) {
            assertThat(fail()).isFalse();
        }
    }

    @Test
    void refusesASuccessfulLoginWhileLockedOrDisabled() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        assertThatThrownBy(() -> sam.recordSuccessfulLogin(clock.instant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sam.smith is locked until");

        clock.advance(LOCK_FOR);
        sam.disable(clock.instant());
        assertThatThrownBy(() -> sam.recordSuccessfulLogin(clock.instant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sam.smith is disabled");
        assertThat(sam.lastLoginAt()).isNull();
    }

    @Test
    void anUnlockEndsTheLockAtOnce() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        sam.unlock(clock.instant());

        assertThat(sam.isLocked(clock.instant())).isFalse();
        assertThat(sam.failedLogins()).isZero();
        sam.recordSuccessfulLogin(clock.instant());
    }

    @Test
    void aNewPasswordAlsoUnlocks() {
        for (int i = 0; i < 5; i++) {
            fail();
        }
        sam.changePasswordHash("{bcrypt}$2a$04$anotherHash", clock.instant());

        assertThat(sam.passwordHash()).isEqualTo("{bcrypt}$2a$04$anotherHash");
        assertThat(sam.isLocked(clock.instant())).isFalse();
    }

    @Test
    void refusesAPasswordWhereAHashShouldBe() {
        assertThatThrownBy(() -> sam.changePasswordHash("correct horse battery staple", clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("passwordHash:")
                .hasMessageNotContaining("horse");
    }

    @Test
    void refusesBadLockoutSettings() {
        assertThatThrownBy(() -> sam.recordFailedLogin(clock.instant(), 0, LOCK_FOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sam.recordFailedLogin(clock.instant(), MAX, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsUsernamesOfLettersDigitsAndAFewMarks() {
        assertThat(StaffAccount.checkedUsername("  Jo.Bloggs-2@Example.org ")).isEqualTo("jo.bloggs-2@example.org");
        assertThat(StaffAccount.checkedUsername("ADA")).isEqualTo("ada");
    }

    @Test
    void refusesOtherUsernames() {
        for (String bad : new String[] {"", " ", "a", "sam smith", ".sam", "sam/admin", "séverine", "x".repeat(101)}) {
            assertThatThrownBy(() -> StaffAccount.checkedUsername(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("username:");
        }
    }

    @Test
    void refusesABlankOrOverlongDisplayName() {
        assertThatThrownBy(() -> StaffAccount.create("sam", "  ", HASH, StaffRole.STAFF, Set.of(), clock.instant()))
                .hasMessageStartingWith("displayName:");
        assertThatThrownBy(() -> StaffAccount.create("sam", "x".repeat(101), HASH, StaffRole.STAFF, Set.of(),
                clock.instant())).hasMessageStartingWith("displayName:");
    }
}
