package uk.plymouth.wellbeing.signposting.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(PasswordPolicy.problem("sam", "tidal-Moss-41-kettle")).isEmpty();
        assertThat(PasswordPolicy.problem("sam", "twelve chars")).isEmpty();
        // characters, not bytes, count towards the minimum
        assertThat(PasswordPolicy.problem("sam", "crème-brûlée")).isEmpty();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.problem("sam", "Tidal-Moss4")).contains("it is shorter than 12 characters");
        assertThat(PasswordPolicy.problem("sam", "")).contains("it is shorter than 12 characters");
    }

    @Test
    void refusesPasswordsBcryptWouldCutShort() {
        assertThat(PasswordPolicy.problem("sam", "é".repeat(37))).get().asString().startsWith("it is longer than 72");
        assertThat(PasswordPolicy.problem("sam", "x1".repeat(36))).isEmpty();
    }

    @Test
    void refusesCommonPasswordsWhateverTheCaseAndPadding() {
        for (String common : new String[] {"password1234", "Password123!", "PASSWORDPASSWORD", "qwertyuiop12",
            "123456789012", "Welcome2024!!", "2024welcome!!", "!!Plymouth2026", "letmein12345", "aaaaaaaaaaaa",
            "            "}) {
            assertThat(PasswordPolicy.problem("sam", common)).as(common)
                    .contains("it is one of the commonest passwords, or one with a few digits or symbols added");
        }
    }

    @Test
    void refusesTheUsernameWhateverTheCaseAndPadding() {
        assertThat(PasswordPolicy.problem("Sam.Smith.Plymouth", "sam.smith.plymouth"))
                .contains("it is the same as the username");
        assertThat(PasswordPolicy.problem("jo.bloggs", "Jo.Bloggs2026!")).contains("it is the same as the username");
        assertThat(PasswordPolicy.problem("123456789", "987654321987")).isEmpty();
    }

    @Test
    void checkThrowsWithAReasonThatNeverRepeatsThePassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("sam", "Password123!"))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageStartingWith("password is too weak: it is one of the commonest passwords")
                .hasMessageNotContaining("Password123!")
                .satisfies(e -> assertThat(((WeakPasswordException) e).reason())
                        .startsWith("it is one of the commonest"));
    }
}
