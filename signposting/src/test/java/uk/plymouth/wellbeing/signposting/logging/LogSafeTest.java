package uk.plymouth.wellbeing.signposting.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from outside made safe to log: no line breaks or terminal codes get through, and long text is cut. */
class LogSafeTest {

    @Test
    void escapesLineBreaksSoNoLogLineCanBeForged() {
        String forged = "SM123\r\n2026-12-08 INFO Staff admin logged in";

        String safe = LogSafe.text(forged);

        assertThat(safe).isEqualTo("SM123\\r\\n2026-12-08 INFO Staff admin logged in").doesNotContain("\r", "\n");
    }

    @Test
    void escapesEveryOtherControlCharacterAndTheUnicodeLineSeparators() {
        String nasty = "a\tb\u0000c\u001b[31md\u007fe\u0085f\u2028g\u2029h";

        assertThat(LogSafe.text(nasty)).isEqualTo("a\\tb\\u0000c\\u001b[31md\\u007fe\\u0085f\\u2028g\\u2029h")
                .matches("\\P{Cntrl}*");
    }

    @Test
    void doublesBackslashesSoAnEscapeCannotBeFaked() {
        assertThat(LogSafe.text("typed \\n here")).isEqualTo("typed \\\\n here");
    }

    @Test
    void leavesPlainTextAloneAndSaysNoneForNull() {
        assertThat(LogSafe.text("SMa1b2c3 delivered, zażółć 😀")).isEqualTo("SMa1b2c3 delivered, zażółć 😀");
        assertThat(LogSafe.text(null)).isEqualTo("(none)");
    }

    @Test
    void cutsLongTextAndSaysHowLongItWas() {
        String safe = LogSafe.text("x".repeat(5000));

        assertThat(safe).isEqualTo("x".repeat(LogSafe.MAX_LENGTH) + "... (5000 characters)");
        assertThat(LogSafe.text("abcdef", 3)).isEqualTo("abc... (6 characters)");
    }
}
