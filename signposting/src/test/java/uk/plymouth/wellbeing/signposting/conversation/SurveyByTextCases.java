package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.survey.QuestionType;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.Swemwbs;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * A survey by text through {@link Conversation}, written once and run on H2 ({@code SurveyByTextTest}) and on a real
 * PostgreSQL server ({@code SurveyByTextPostgresIT}): the shipped survey files, the real survey storage. Every reply
 * is checked to be GSM-7 and at most two segments, and what is stored is read back from the tables.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, ConversationCases.MovingClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=file:../content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
abstract class SurveyByTextCases {

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(600);

    @Autowired
    Conversation conversation;

    @Autowired
    CrisisLines lines;

    @Autowired
    SurveyDefinitions definitions;

    @Autowired
    Catalogue catalogue;

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    PhoneNumber resident;

    @BeforeEach
    void aNewResidentAndNoResponses() {
        jdbc.update("delete from survey_follow_up");
        jdbc.update("delete from survey_answer");
        jdbc.update("delete from survey_response");
        clock.set(SignpostingTestApplication.NOW);
        resident = PhoneNumber.parseUkMobile("07700 900" + NEXT_NUMBER.getAndIncrement());
    }

    List<String> send(String body) {
        ConversationReply reply = conversation.reply(new IncomingText(resident, body, clock.instant()));
        for (String message : reply.messages()) {
            assertThat(SmsText.isGsm(message)).as("GSM-7: %s", message).isTrue();
            assertThat(SmsText.segments(message)).as("segments: %s", message).isLessThanOrEqualTo(2);
            assertThat(message).as("never cut").doesNotEndWith("...");
        }
        return reply.messages();
    }

    String only(String body) {
        List<String> messages = send(body);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    List<Map<String, Object>> responses() {
        return jdbc.queryForList("select * from survey_response where answered_at = ? order by survey_id",
                java.sql.Timestamp.from(clock.instant()));
    }

    List<Map<String, Object>> responsesSince(java.time.Instant from) {
        return jdbc.queryForList("select r.*, (select count(*) from survey_follow_up f where f.response_id = r.id)"
                + " as follow_ups from survey_response r where r.answered_at >= ? and r.channel = 'SMS'"
                + " order by r.answered_at", java.sql.Timestamp.from(from));
    }

    Hub hub(int number) {
        return catalogue.hubs().get(number - 1);
    }

    /** WELLBEING, YES, hub 4: the first SWEMWBS question. */
    String startSwemwbs() {
        List<String> intro = send("WELLBEING");
        Survey swemwbs = definitions.current("swemwbs").orElseThrow();
        assertThat(intro).hasSizeBetween(2, 3);
        assertThat(intro.get(0)).startsWith(swemwbs.title());
        assertThat(String.join(" ", intro)).contains("(c) NHS Health Scotland", "Reports never name you");
        assertThat(intro.get(intro.size() - 1)).endsWith("Reply YES to start or NO if you would rather not.");
        String hubs = only("yes");
        assertThat(hubs).startsWith("Which hub is this about?").contains("\n1 " + HubNames.shortName(hub(1)))
                .contains("\n4 " + HubNames.shortName(hub(4)));
        return only("4");
    }

    @Test
    void wellbeingAsksSevenQuestionsOneByOneAndTextsTheScoreInWords() {
        java.time.Instant start = clock.instant();
        String first = startSwemwbs();
        assertThat(first).startsWith("Question 1 of 7: ").contains("I've been feeling optimistic about the future\n")
                .contains("Reply 1 None of the time, 2 Rarely, 3 Some of the time, 4 Often, 5 All of the time");
        for (int question = 2; question <= 7; question++) {
            assertThat(only("3")).startsWith("Question " + question + " of 7: ").endsWith("(BACK to go back)");
        }
        assertThat(only("3")).startsWith("Last question: may we text you in 8 weeks");
        List<String> result = send("no thanks");

        assertThat(result.get(0)).startsWith("Thank you for answering.").contains(Swemwbs.metric(21).toPlainString());
        assertThat(result.get(result.size() - 1)).contains("(c) NHS Health Scotland");
        List<Map<String, Object>> stored = responsesSince(start);
        assertThat(stored).hasSize(1);
        Map<String, Object> response = stored.get(0);
        assertThat(response.get("survey_id")).isEqualTo("swemwbs");
        assertThat(response.get("hub_id")).isEqualTo(hub(4).id());
        assertThat(response.get("raw_score")).isEqualTo(21);
        assertThat((BigDecimal) response.get("metric_score")).isEqualByComparingTo(Swemwbs.metric(21));
        assertThat(response.get("follow_up_key")).isNull();
        assertThat(((Number) response.get("follow_ups")).intValue()).isZero();
        assertThat(jdbc.queryForObject("select survey_answers from sms_conversation where phone = ?", String.class,
                resident.e164())).as("answers erased once recorded").isNull();
    }

    @Test
    void aWrongAnswerIsAskedAgainWordsAndBackWork() {
        java.time.Instant start = clock.instant();
        startSwemwbs();
        String again = only("7");
        assertThat(again).startsWith("Sorry, please answer with a number from 1 to 5.\nQuestion 1 of 7: ");
        assertThat(only("lots")).startsWith("Sorry, please answer with a number from 1 to 5.\nQuestion 1 of 7: ");
        assertThat(only("Often")).startsWith("Question 2 of 7: ");
        assertThat(only("1")).startsWith("Question 3 of 7: ");
        assertThat(only("back")).startsWith("Question 2 of 7: ");
        assertThat(only("5")).startsWith("Question 3 of 7: ");
        for (int i = 3; i <= 7; i++) {
            send("2");
        }
        send("NO");
        Map<String, Object> response = responsesSince(start).get(0);
        assertThat(response.get("raw_score")).as("4 + 5 + 2 x 5").isEqualTo(19);
    }

    @Test
    void surveyListsTheResidentsSurveysButNotTheStaffOne() {
        String menu = only("survey");
        assertThat(menu).startsWith("Which survey would you like to answer?")
                .contains("How you have been feeling (7 questions)").doesNotContain("questions (")
                .doesNotContain(definitions.current("staff-satisfaction").orElseThrow().title());
        long listed = menu.lines().filter(line -> line.matches("\\d .*")).count();
        assertThat(only("9")).startsWith(SurveyTexts.CHOOSE_AGAIN);
        List<String> intro = send(String.valueOf(listed));
        assertThat(intro.get(intro.size() - 1)).endsWith("Reply YES to start or NO if you would rather not.");
        assertThat(only("no")).isEqualTo(SurveyTexts.DECLINED);
        assertThat(send("STAFFSURVEY").get(0)).as("staff text its own keyword").contains("Working at the hub");
    }

    @Test
    void aFollowUpIsBookedOnlyWhenTheyAgree() {
        java.time.Instant start = clock.instant();
        startSwemwbs();
        for (int i = 1; i <= 7; i++) {
            send("4");
        }
        assertThat(only("maybe")).isEqualTo(SurveyTexts.FOLLOW_UP_AGAIN);
        List<String> result = send("yes");
        assertThat(String.join(" ", result)).contains("We will text you in 8 weeks.");
        Map<String, Object> response = responsesSince(start).get(0);
        assertThat(response.get("follow_up_key")).isNotNull();
        assertThat(((Number) response.get("follow_ups")).intValue()).isOne();
        Map<String, Object> followUp = jdbc.queryForMap("select * from survey_follow_up where response_id = ?",
                response.get("id"));
        assertThat(followUp.get("state")).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select due_at from survey_follow_up where response_id = ?",
                java.sql.Timestamp.class, response.get("id")).toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofDays(56)));

        clock.advance(Duration.ofDays(56));
        startSwemwbs();
        for (int i = 1; i <= 7; i++) {
            send("5");
        }
        assertThat(String.join(" ", send("yes"))).contains(SurveyTexts.FOLLOW_UP_LINKED)
                .doesNotContain("We will text you");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where follow_up_key = ?", Integer.class,
                response.get("follow_up_key"))).isEqualTo(2);
    }

    @Test
    void aVisitSurveyTakesACommentAndOffersNoFollowUp() {
        java.time.Instant start = clock.instant();
        Survey feedback = definitions.offeredByKeyword("FEEDBACK").orElseThrow();
        send("feedback");
        only("yes");
        String question = only("1");
        for (int i = 1; i < feedback.questions().size(); i++) {
            question = only(feedback.questions().get(i - 1).type() != QuestionType.FREE_TEXT
                    ? String.valueOf(feedback.questions().get(i - 1).minValue()) : "SKIP");
            assertThat(question).startsWith("Question " + (i + 1) + " of ");
        }
        assertThat(question).contains("or reply SKIP");
        List<String> result = send("Please call me back about the garden group");
        assertThat(result.get(0)).startsWith(feedback.thanks().strip());
        Map<String, Object> response = responsesSince(start).get(0);
        assertThat(response.get("survey_id")).isEqualTo(feedback.id());
        assertThat(response.get("hub_id")).isEqualTo(hub(1).id());
        String comment = feedback.questions().get(feedback.questions().size() - 1).id();
        assertThat(jdbc.queryForObject("select text from survey_answer where response_id = ? and question_id = ?",
                String.class, response.get("id"), comment)).isEqualTo("Please call me back about the garden group");
        assertThat(jdbc.queryForList("select * from callback_request where phone = ?", resident.e164())).isEmpty();
    }

    @Test
    void stopEndsTheSurveyKeepsNothingAndOptsOut() {
        java.time.Instant start = clock.instant();
        startSwemwbs();
        send("3");
        assertThat(only("STOP")).startsWith(ReplyTexts.SURVEY_STOPPED)
                .contains("You texted STOP, so we will send no more texts", "text START");
        assertThat(optOuts.isOptedOut(resident)).isTrue();
        assertThat(responsesSince(start)).isEmpty();
        assertThat(jdbc.queryForList("select * from sms_conversation where phone = ?", resident.e164())).isEmpty();
    }

    @Test
    void anUnfinishedSurveyTimesOutAndALateAnswerIsToldSo() {
        java.time.Instant start = clock.instant();
        startSwemwbs();
        send("3");
        send("3");
        clock.advance(Duration.ofMinutes(31));
        assertThat(only("3")).startsWith("Sorry, your survey timed out after 30 minutes").endsWith(
                "Text WELLBEING to start again.");
        assertThat(only("3")).isEqualTo(ReplyTexts.NO_SEARCH);
        assertThat(responsesSince(start)).isEmpty();
    }

    @Test
    void crisisWordsEndTheSurveyWithCrisisLinesFirst() {
        startSwemwbs();
        ConversationReply reply = conversation.reply(new IncomingText(resident, "I want to end my life",
                clock.instant()));
        assertThat(reply.crisis()).isTrue();
        assertThat(reply.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "en"));
        assertThat(only("CALL")).isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
    }

    @Test
    void aLowScoreOffersSupport() {
        startSwemwbs();
        for (int i = 1; i <= 7; i++) {
            send("1");
        }
        List<String> result = send("no");
        assertThat(String.join(" ", result)).contains("reply CALL and we will ring you");
        assertThat(only("CALL")).isEqualTo(ReplyTexts.ASK_NAME);
    }

    @Test
    void plainRequestsForASurveyWork() {
        assertThat(only("can I do a survey?")).startsWith("Which survey would you like to answer?");
        assertThat(send("Feedback please").get(0)).startsWith(definitions.current("resident-satisfaction")
                .orElseThrow().title());
        assertThat(only("no")).isEqualTo(SurveyTexts.DECLINED);
        assertThat(only("wellbeing walks")).as("a search, not the survey").doesNotContain("Reply YES to start");
    }

    @Test
    void callMeDuringANumberQuestionStartsTheCallbackDialogue() {
        startSwemwbs();
        assertThat(only("can someone call me")).isEqualTo(ReplyTexts.ASK_NAME);
    }

    // --- leaving in plain words, new needs, the hardest band by text ------------------------------------------

    @Test
    void plainWordsLeaveTheSurveyKeepingNothingWithoutOptingOut() {
        for (String leaving : List.of("stop this", "i want to stop", "never mind", "forget it",
                "dont want to do this", "cancel that", "cancel please", "quit please")) {
            java.time.Instant start = clock.instant();
            startSwemwbs();
            send("3");
            // close to despair, some may get the crisis lines first; the survey always ends
            List<String> left = send(leaving);
            assertThat(left.get(left.size() - 1)).as(leaving).isEqualTo(DialogueTexts.SURVEY_LEFT);
            assertThat(optOuts.isOptedOut(resident)).as(leaving).isFalse();
            assertThat(responsesSince(start)).as(leaving).isEmpty();
            assertThat(only("3")).as("no list, no survey: a number now is not read as an answer")
                    .doesNotStartWith("Question").doesNotContain("from 1 to 3");
        }
    }

    @Test
    void noWhereItIsNotAnAnswerStopsTheSurvey() {
        startSwemwbs();
        assertThat(only("no")).isEqualTo(DialogueTexts.SURVEY_LEFT);
    }

    @Test
    void aClearNewNeedLeavesTheSurveyWithItsAnswerAndAGreetingDoesNot() {
        java.time.Instant start = clock.instant();
        startSwemwbs();
        assertThat(only("hi")).as("not a need: the question again").startsWith("Sorry, ")
                .contains("Question 1 of 7");
        List<String> food = send("food bank pl5");
        assertThat(food.get(0)).isEqualTo(ReplyTexts.SURVEY_STOPPED);
        assertThat(food.get(1)).startsWith("Nearest to PL5 first:").containsIgnoringCase("food");
        assertThat(responsesSince(start)).isEmpty();
        assertThat(only("1")).as("the food bank list is the one a number reads").contains("From Plymouth Wellbeing"
                + " Hubs");
    }

    @Test
    void quitInTheSurveyOptsOutAndSaysSoPlainly() {
        startSwemwbs();
        String reply = only("QUIT");
        assertThat(reply).startsWith(ReplyTexts.SURVEY_STOPPED)
                .contains("You texted QUIT, so we will send no more texts to this number, not even replies",
                        "To get them again, text START");
        assertThat(optOuts.isOptedOut(resident)).isTrue();
        assertThat(only("START")).isEqualTo(ReplyTexts.OPTED_IN);
    }

    @Test
    void theSurveyExplainsItsWordsOnceAsItStarts() {
        List<String> intro = send("WELLBEING");
        assertThat(String.join(" ", intro)).containsOnlyOnce(SurveyTexts.KEYWORDS);
        assertThat(only("yes")).doesNotContain(SurveyTexts.KEYWORDS);
    }

    @Test
    void highAnxietyByTextOffersACallAndSaysNoHere() {
        assertThat(String.join(" ", send("FEELINGS"))).contains("Reply YES to start");
        String next = only("yes");
        if (next.startsWith("Which hub")) {
            next = only("1");
        }
        assertThat(next).startsWith("Question 1 of 4");
        for (String answer : List.of("8", "8", "8")) {
            send(answer);
        }
        List<String> result = send("9");
        if (result.get(0).startsWith("Last question")) {
            result = send("no");
        }
        String all = String.join(" ", result);
        assertThat(all).contains("high anxiety", "hub staff can help you").doesNotContain("staff here")
                .contains("reply CALL and we will ring you");
    }

    @Test
    void aLateAnswerAfterTheSurveyTimedOutIsToldSoNotAskedForANumberFromALIst() {
        only("help with debt");
        startSwemwbs();
        clock.advance(Duration.ofMinutes(31));
        assertThat(only("4")).startsWith("Sorry, your survey timed out");
        assertThat(only("4")).doesNotContain("from 1 to 3");
    }
}
