package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyRequestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "can you pay my rent | We cannot pay rent, but these can help:",
        "Can u pay my rent this month pls | We cannot pay rent, but these can help:",
        "pay my rent for me | We cannot pay rent, but these can help:",
        "could you pay the gas bill | We cannot pay bills, but these can help:",
        "i need someone to pay my council tax | We cannot pay bills, but these can help:",
        "can the hub clear my debts | We cannot pay off debts, but these can help:",
        "can u give me money for food | We cannot give or lend money, but these can help:",
        "lend me 20 quid | We cannot give or lend money, but these can help:",
        "do you give money | We cannot give or lend money, but these can help:",
        "will someone send me \u00a350 | We cannot give or lend money, but these can help:"})
    void tellsPlainlyThatTheHubsCannotPayButCanHelp(String text, String line) {
        assertThat(MoneyRequest.plainLine(text)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i cant pay my rent", "can you help me pay my rent", "behind on my rent",
        "rent arrears advice", "can you help with bills", "money advice plympton", "debt advice", "food bank",
        "who can pay for my bus fare to the hub"})
    void leavesNeedsAndQuestionsAlone(String text) {
        assertThat(MoneyRequest.plainLine(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "can you pay my rent | Nearest to PL5 first: "
            + "| We cannot pay rent, but these can help:\\nNearest to PL5 first:",
        "can you pay my rent | null | We cannot pay rent, but these can help:",
        "food bank | Nearest to PL5 first: | Nearest to PL5 first:",
        "food bank | null | null"})
    void putsTheLineBeforeAnyHeading(String text, String heading, String expected) {
        assertThat(MoneyRequest.heading(text, heading))
                .isEqualTo(expected == null ? null : expected.replace("\\n", "\n"));
    }
}
