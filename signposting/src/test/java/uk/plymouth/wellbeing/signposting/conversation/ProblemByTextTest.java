package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * WRONG by text, on H2 in PostgreSQL mode (the store's columns also run on PostgreSQL in {@link ConversationCases}):
 * after a listing's details, each way of saying it is wrong reports that listing for its hub's staff with the rest of
 * the words as the note, and never the number; without one, WRONG asks which or says how, and is never searched for.
 * Shares {@code CrisisByTextTest}'s database and context.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:crisis-by-text-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class ProblemByTextTest extends TextingContext {

    @Autowired
    Catalogue catalogue;

    @Autowired
    Timetable timetable;

    @BeforeEach
    void noReportsYet() {
        jdbc.update("delete from problem_report_audit");
        jdbc.update("delete from problem_report");
        jdbc.update("delete from problem_report_refused");
    }

    @Test
    void eachWayOfSayingItIsWrongReportsTheListingJustSent() {
        Map<String, String> kinds = Map.of("WRONG", "OTHER", "that's wrong", "OTHER", "its wrong", "OTHER",
                "it was closed", "CLOSED", "It's closed.", "CLOSED", "wrong number", "PHONE_NOT_WORKING",
                "wrong time", "WRONG_TIME");
        int[] hoursOn = {0};
        kinds.forEach((words, kind) -> {
            aNewResident();
            hoursOn[0] += 2; // past the hour's limit of reports about one item
            clock.set(SignpostingTestApplication.NOW.plus(Duration.ofHours(hoursOn[0])));
            String itemId = detailsOfTheFirstFoodBank();

            String thanks = only(send(words));

            assertThat(thanks).as(words).startsWith("Thank you for telling us about ").contains(" will check it.");
            Map<String, Object> report = latestReport();
            assertThat(report).as(words).containsEntry("item_id", itemId).containsEntry("kind", kind)
                    .containsEntry("channel", "SMS").containsEntry("status", "OPEN");
            assertThat(report.get("note")).as(words).isNull();
            assertThat(optOuts.isOptedOut(resident)).as(words).isFalse();
        });
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isEqualTo(7);
    }

    @Test
    void theRestOfTheWordsAreTheNoteWithoutNumbersAndTheReportNeverHoldsTheTextersNumber() {
        detailsOfTheFirstFoodBank();

        String thanks = only(send("WRONG it was shut on Tuesday, ring me on 07700 900555"));

        Map<String, Object> report = latestReport();
        assertThat(report).containsEntry("kind", "CLOSED")
                .containsEntry("note", "it was shut on Tuesday, ring me on [phone number removed]");
        String hub = (String) report.get("hub_id");
        assertThat(thanks).contains("Staff at " + HelpReply.shortName(catalogueHub(hub)) + " will check it.");
        String digits = resident.e164().substring(3);
        for (String table : List.of("problem_report", "problem_report_audit", "problem_report_refused")) {
            assertThat(jdbc.queryForList("select * from " + table).toString()).as(table)
                    .doesNotContain(digits, "900555");
        }
        assertThat(only(send("WRONG"))).as("reported once; a second asks which").isEqualTo(ReplyTexts.WRONG_WHICH);
    }

    @Test
    void withoutAListingSentWrongAsksWhichOneOrSaysHowAndIsNeverSearched() {
        assertThat(only(send("WRONG"))).isEqualTo(ReplyTexts.WRONG_HOW);
        assertThat(only(send("it was closed when I went"))).isEqualTo(ReplyTexts.WRONG_HOW);
        send("food bank near PL5");
        assertThat(only(send("that's wrong"))).isEqualTo(ReplyTexts.WRONG_WHICH);
        send("1");
        send("debt advice");
        assertThat(only(send("wrong time"))).as("a new search: which one now?").isEqualTo(ReplyTexts.WRONG_WHICH);
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isZero();
    }

    @Test
    void theListingJustSentIsForgottenWithTheRestOfTheConversation() {
        detailsOfTheFirstFoodBank();
        clock.advance(Duration.ofMinutes(31));

        assertThat(only(send("WRONG"))).isEqualTo(ReplyTexts.WRONG_HOW);
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isZero();
    }

    @Test
    void wrongNumberWithNoListingSentOrWithStopIsStillAnOptOut() {
        assertThat(only(send("wrong number"))).isEqualTo(ReplyTexts.OPTED_OUT);
        assertThat(optOuts.isOptedOut(resident)).isTrue();

        aNewResident();
        detailsOfTheFirstFoodBank();
        assertThat(only(send("wrong number, stop"))).isEqualTo(ReplyTexts.OPTED_OUT);
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isZero();
    }

    @Test
    void aReportOverTheLimitIsThankedJustTheSame() {
        String thanks = null;
        for (int resident = 0; resident < 6; resident++) {
            aNewResident();
            detailsOfTheFirstFoodBank();
            String reply = only(send("its closed"));
            assertThat(reply).startsWith("Thank you for telling us about ");
            assertThat(thanks == null || reply.equals(thanks)).isTrue();
            thanks = reply;
        }
        assertThat(jdbc.queryForObject("select count(*) from problem_report", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select sum(refused) from problem_report_refused", Integer.class)).isOne();
    }

    @Test
    void helpSaysHowToReportAListingAndStillEndsWithTheEmergencyNumberForEveryHub() {
        assertThat(only(send("HELP"))).contains("WRONG if they are wrong").endsWith("Call 999.");
        assertThat(catalogue.hubs()).isNotEmpty().allSatisfy(hub -> assertThat(ReplyTexts.help(
                HelpReply.shortName(hub), hub.phone(), timetable.hoursInBrief(hub))).as(hub.id())
                .contains("WRONG if they are wrong", hub.phone()).endsWith("In danger? Call 999."));
    }

    /** Searches, asks for the first result's details, and says which item they were about. */
    private String detailsOfTheFirstFoodBank() {
        send("food bank near PL5");
        assertThat(only(send("1"))).contains("From Plymouth Wellbeing Hubs");
        return jdbc.queryForObject("select details_item_id from sms_conversation where phone = ?", String.class,
                resident.e164());
    }

    private Map<String, Object> latestReport() {
        return jdbc.queryForList("select * from problem_report order by reported_at desc").get(0);
    }

    private Hub catalogueHub(String id) {
        return catalogue.hub(id).orElseThrow();
    }
}
