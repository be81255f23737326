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

/** The account's own rules: logging in with a moving clock, and what it accepts as a username. */
class StaffAccountTest {

    static final String HASH = "{bcrypt}$2a$04$notARealHashButShapedLikeOne";

    final MutableClock clock = new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    final StaffAccount sam = StaffAccount.create("Sam.Smith", "Sam Smith", HASH, StaffRole.STAFF,
            Set.of("four-greens"), clock.instant());

    @Test
    void startsEnabledAndLowerCase() {
        assertThat(sam.username()).isEqualTo("sam.smith");
        assertThat(sam.isEnabled()).isTrue();
        assertThat(sam.hubIds()).containsExactly("four-greens");
        assertThat(sam.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void aSuccessfulLoginNotesTheTime() {
        clock.advance(Duration.ofMinutes(1));

        sam.recordSuccessfulLogin(clock.instant());

        assertThat(sam.lastLoginAt()).isEqualTo(clock.instant());
    }

    @Test
    void refusesASuccessfulLoginWhileDisabled() {
        sam.disable(clock.instant());
        assertThatThrownBy(() -> sam.recordSuccessfulLogin(clock.instant()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sam.smith is disabled");
        assertThat(sam.lastLoginAt()).isNull();
    }

    @Test
    void takesANewPasswordHash() {
        sam.changePasswordHash("{bcrypt}$2a$04$anotherHash", clock.instant());

        assertThat(sam.passwordHash()).isEqualTo("{bcrypt}$2a$04$anotherHash");
    }

    @Test
    void refusesAPasswordWhereAHashShouldBe() {
        assertThatThrownBy(() -> sam.changePasswordHash("correct horse battery staple", clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("passwordHash:")
                .hasMessageNotContaining("horse");
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
