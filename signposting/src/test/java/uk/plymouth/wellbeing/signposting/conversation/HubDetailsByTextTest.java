package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Questions about a hub itself, texted through {@link Conversation} with the sample content, on Tuesday 24 November
 * 2026 at 10am: the examples of issue 17, and ordinary searches that must stay searches. (The same database settings
 * as {@code ConversationTest}, so the two share one context.)
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:conversation-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class HubDetailsByTextTest extends TextingContext {

    @Test
    void aHubsHoursAreTodaysFirstThenTheWeekAndThereMeansThatHub() {
        assertThat(only(send("when is four greens open"))).isEqualTo("Four Greens is open today 8:30am-9:30pm. Open"
                + " now until 9:30pm. Week: Mon-Thu 8:30am-9:30pm; Fri 8:30am-5pm; Sat 9am-4pm; Sun 10:30am-2pm."
                + " Tel 01632 960600.");
        assertThat(only(send("how do i get there by bus"))).startsWith("Getting to Four Greens: Buses 42 and 43 stop"
                + " outside.");
        assertThat(only(send("what time is four greens open"))).startsWith("Four Greens is open today");
    }

    @Test
    void aDayAskedAboutIsAnsweredYesOrNo() {
        assertThat(only(send("is plympton open on sunday"))).startsWith("Yes, Rees is open on Sunday 3:30pm-6:30pm.");
        assertThat(only(send("is mannamead hub open on sunday"))).startsWith("No, Mannamead is closed on Sundays.");
    }

    @Test
    void aPlaceWithNoHubIsSaidPlainlyWithTheNearestHubs() {
        String devonport = only(send("what time does devonport hub open"));
        assertThat(devonport).startsWith("There is no hub in Devonport. Nearest hubs to PL1: ")
                .doesNotContain("Reply 1");
        assertThat(only(send("where is the hub in devonport"))).startsWith("There is no hub in Devonport.");
        assertThat(only(send("which hub is nearest PL6"))).startsWith("Nearest hubs to PL6: Southway ");
    }

    @Test
    void phoneAndAddressComeFromTheHubsOwnDetails() {
        assertThat(only(send("whats the phone number for jan cutting"))).isEqualTo("Jan Cutting: 01632 960200.");
        assertThat(only(send("address of the library hub"))).startsWith("Central Library is at 2 Library Square,"
                + " City Centre, Plymouth PL1 2SA.");
    }

    @Test
    void followUpsAfterAnItemsDetailsAreAboutItsHub() {
        assertThat(only(send("food bank plymstock"))).contains("Reply 1");
        String details = only(send("1"));
        assertThat(details).contains("From Plymouth Wellbeing Hubs");
        assertThat(only(send("is it open on sunday"))).matches("(?s)(Yes|No), .* (is open|is closed) on Sundays?.*");
        assertThat(only(send("where is that"))).contains(" is at ");
        assertThat(only(send("how do i get there by bus"))).startsWith("Getting to ");
    }

    @Test
    void itWithNothingTalkedAboutAsksWhichHub() {
        assertThat(only(send("is it open on sunday"))).startsWith("Which hub do you mean? Our hubs: Central Library,");
    }

    @Test
    void searchesStaySearches() {
        assertThat(only(send("football in southway"))).contains("Reply 1").doesNotContain("Which hub");
        assertThat(only(send("food bank"))).contains("Reply 1");
        assertThat(only(send("debt advice plympton"))).doesNotContain("Rees is open").doesNotContain("no hub");
    }
}
