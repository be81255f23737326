package uk.plymouth.wellbeing.signposting.survey.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.FOUR_GREENS;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.P1;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.P2;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.SECRET;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.swemwbs;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What {@link StoredSurveyResponses} and {@link SurveyFollowUps} promise, run on H2 ({@code SurveyStoreTest}) and
 * PostgreSQL ({@code SurveyStorePostgresIT}). The fixture surveys ({@code fixtures/surveys/}) have SWEMWBS version 2
 * asked now and version 1 kept, whose bands differ: metric 20.73 (raw 23) is "middle" by version 1, "lower" by 2.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, SurveyTestConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "spring.flyway.locations=classpath:db/migration",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.surveys.location=classpath:fixtures/surveys/",
            "hub.surveys.follow-up-secret=" + SECRET,
            "hub.sms.outbox.enabled=false"
        })
@ExtendWith(OutputCaptureExtension.class)
abstract class SurveyStoreCases {

    @Autowired
    SurveyResponses responses;

    @Autowired
    SurveyFollowUps followUps;

    @Autowired
    FollowUpKeys keys;

    @Autowired
    SurveyDefinitions definitions;

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyTables() {
        for (String table : List.of("survey_follow_up", "survey_answer", "survey_response", "sms_outbox",
                "sms_opt_out")) {
            jdbc.update("delete from " + table);
        }
        clock.set(SignpostingTestApplication.NOW);
    }

    static NewSurveyResponse swemwbsAt(String hub, SurveyChannel channel, int version, int raw,
            @Nullable PhoneNumber phone) {
        return new NewSurveyResponse("swemwbs", version, hub, channel, "en", swemwbs(raw), phone,
                channel == SurveyChannel.STAFF_ASSISTED ? "sam" : null);
    }

    @Test
    void storesTheResponseItsAnswersScoreAndFingerprint() {
        SurveyReceipt receipt = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 28, null));

        assertThat(receipt.result().metric()).isEqualByComparingTo("25.03");
        Map<String, Object> row = jdbc.queryForMap("select * from survey_response where id = ?", receipt.responseId());
        assertThat(row.get("survey_id")).isEqualTo("swemwbs");
        assertThat(row.get("version")).isEqualTo(2);
        assertThat(row.get("fingerprint")).isEqualTo(definitions.version("swemwbs", 2).orElseThrow().fingerprint());
        assertThat(row.get("hub_id")).isEqualTo(FOUR_GREENS);
        assertThat(row.get("channel")).isEqualTo("KIOSK");
        assertThat(row.get("language")).isEqualTo("en");
        assertThat(instant(row.get("answered_at"))).isEqualTo(SignpostingTestApplication.NOW);
        assertThat(row.get("raw_score")).isEqualTo(28);
        assertThat((BigDecimal) row.get("metric_score")).isEqualByComparingTo("25.03");
        assertThat(row.get("band_id")).isEqualTo("middle");
        assertThat(row.get("follow_up_key")).isNull();
        assertThat(row.get("entered_by")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Integer.class,
                receipt.responseId())).isEqualTo(7);
        assertThat(jdbc.queryForObject("select sum(answer_value) from survey_answer where response_id = ?",
                Integer.class, receipt.responseId())).isEqualTo(28);
    }

    @Test
    void refusesAnInvalidAnswerWithItsMessageAndStoresNothing() {
        List<Answer> answers = new ArrayList<>(swemwbs(20));
        answers.set(2, Answer.number("relaxed", 6));

        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.KIOSK, "en", answers, null, null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer with a number from 1 to 5");
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.KIOSK, "en", swemwbs(20).subList(0, 6), null, null)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer every question: \"I've been able to make up my own mind about things\""
                        + " has no answer");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isZero();
    }

    @Test
    void refusesUnknownHubsSurveysAndVersions() {
        assertThatThrownBy(() -> responses.record(swemwbsAt("nowhere", SurveyChannel.KIOSK, 2, 20, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no hub \"nowhere\"");
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("mood", 1, FOUR_GREENS, SurveyChannel.KIOSK,
                "en", List.of(), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no survey \"mood\" asked now");
        assertThatThrownBy(() -> responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 1, 20, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is asked as version 2, not 1; only staff may enter an older version");
        assertThatThrownBy(() -> responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.STAFF_ASSISTED, 7, 20, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Survey \"swemwbs\" has no version 7");
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.STAFF_ASSISTED, "en", swemwbs(20), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs the username");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isZero();
    }

    @Test
    void aStaffAssistedOlderVersionKeepsItsOwnScoreAndBand() {
        // raw 23 is metric 20.73: "middle" by version 1's bands, "lower" by version 2's (the survey file changed)
        SurveyReceipt paper = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.STAFF_ASSISTED, 1, 23, null));
        SurveyReceipt kiosk = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 23, null));

        assertThat(paper.result().bandId()).isEqualTo("middle");
        assertThat(kiosk.result().bandId()).isEqualTo("lower");
        Map<String, Object> stored = jdbc.queryForMap("select version, band_id, metric_score, fingerprint, entered_by,"
                + " channel from survey_response where id = ?", paper.responseId());
        assertThat(stored.get("version")).isEqualTo(1);
        assertThat(stored.get("band_id")).isEqualTo("middle");
        assertThat((BigDecimal) stored.get("metric_score")).isEqualByComparingTo("20.73");
        assertThat(stored.get("fingerprint")).isEqualTo(definitions.version("swemwbs", 1).orElseThrow().fingerprint())
                .isNotEqualTo(definitions.current("swemwbs").orElseThrow().fingerprint());
        assertThat(stored.get("entered_by")).isEqualTo("sam");
        assertThat(stored.get("channel")).isEqualTo("STAFF_ASSISTED");
    }

    @Test
    void staffMayDateAPaperFormUpToAYearBackButNotAheadAndOnlyStaff() {
        java.time.ZoneId plymouth = java.time.ZoneId.of("Europe/London");
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), plymouth);
        NewSurveyResponse paper = swemwbsAt(FOUR_GREENS, SurveyChannel.STAFF_ASSISTED, 2, 21, null);
        SurveyReceipt earlier = responses.record(new NewSurveyResponse(paper.surveyId(), paper.version(),
                paper.hubId(), paper.channel(), "en", paper.answers(), null, "sam", today.minusDays(10)));

        Instant noon = today.minusDays(10).atTime(12, 0).atZone(plymouth).toInstant();
        assertThat(instant(jdbc.queryForObject("select answered_at from survey_response where id = ?", Object.class,
                earlier.responseId()))).isEqualTo(noon);
        assertThat(jdbc.queryForList("select answered_at from survey_answer where response_id = ?",
                earlier.responseId())).allSatisfy(row -> assertThat(instant(row.get("answered_at"))).isEqualTo(noon));
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.STAFF_ASSISTED, "en", paper.answers(), null, "sam", today.plusDays(1))))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.STAFF_ASSISTED, "en", paper.answers(), null, "sam", today.minusYears(1).minusDays(1))))
                .hasMessageContaining("more than a year ago");
        assertThatThrownBy(() -> responses.record(new NewSurveyResponse("swemwbs", 2, FOUR_GREENS,
                SurveyChannel.KIOSK, "en", paper.answers(), null, null, today.minusDays(1))))
                .hasMessageContaining("Only staff");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isOne();
    }

    @Test
    void theSameNumberGivesTheSameKeyAndOnlyTheFirstResponseBooksAFollowUp() {
        SurveyReceipt before = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1));
        assertThat(before.followUpBooked()).isTrue();
        clock.advance(Duration.ofDays(3));
        responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 22, P2));

        String key = jdbc.queryForObject("select follow_up_key from survey_response where id = ?", String.class,
                before.responseId());
        assertThat(key).isEqualTo(keys.keyFor(P1)).hasSize(64).doesNotContain("7700900101");
        assertThat(keys.keyFor(P2)).isNotEqualTo(key);
        Map<String, Object> followUp = jdbc.queryForMap("select * from survey_follow_up where response_id = ?",
                before.responseId());
        assertThat(before.followUp()).isEqualTo(SurveyReceipt.FollowUp.BOOKED);
        assertThat(followUp.get("state")).isEqualTo("PENDING");
        assertThat(followUp.get("phone")).isEqualTo(P1.e164());
        assertThat(instant(followUp.get("due_at")))
                .isEqualTo(SignpostingTestApplication.NOW.plus(Duration.ofDays(56)));

        clock.advance(Duration.ofDays(30));
        SurveyReceipt after = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.SMS, 2, 28, P1));
        assertThat(after.followUpBooked()).as("the after of a pair books no second follow-up").isFalse();

        assertThat(after.followUp()).isEqualTo(SurveyReceipt.FollowUp.LINKED);
        assertThat(jdbc.queryForObject("select follow_up_key from survey_response where id = ?", String.class,
                after.responseId())).isEqualTo(key);
        assertThat(jdbc.queryForObject("select count(*) from survey_follow_up where follow_up_key = ?",
                Integer.class, key)).isEqualTo(1);
        Map<String, Object> cancelled = jdbc.queryForMap("select state, phone from survey_follow_up"
                + " where follow_up_key = ?", key);
        assertThat(cancelled.get("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.get("phone")).isNull();
    }

    @Test
    void aFollowUpIsDueEightWeeksLaterByTheClockOnTheWallAcrossTheSpringClockChange() {
        // 9:30 GMT in February; 56 days later the clocks have gone forward, and 56 x 24 hours would be 10:30 BST,
        // after the 10am run, so the text would slip to day 57
        clock.set(Instant.parse("2027-02-15T09:30:00Z"));
        SurveyReceipt receipt = responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1));

        assertThat(instant(jdbc.queryForMap("select due_at from survey_follow_up where response_id = ?",
                receipt.responseId()).get("due_at"))).isEqualTo(Instant.parse("2027-04-12T08:30:00Z"));
    }

    @Test
    void aFollowUpIsTextedOnceDueAndItsNumberErased() {
        responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1));

        clock.advance(Duration.ofDays(56).minusMinutes(1));
        assertThat(followUps.sendDue()).isEqualTo(new SurveyFollowUps.Run(0, 0, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(followUps.sendDue()).isEqualTo(new SurveyFollowUps.Run(1, 0, 0));
        assertThat(followUps.sendDue()).isEqualTo(new SurveyFollowUps.Run(0, 0, 0));

        Map<String, Object> followUp = jdbc.queryForMap("select * from survey_follow_up");
        assertThat(followUp.get("state")).isEqualTo("SENT");
        assertThat(followUp.get("phone")).isNull();
        assertThat(instant(followUp.get("sent_at"))).isEqualTo(clock.instant());
        Map<String, Object> text = jdbc.queryForMap("select * from sms_outbox where id = ?",
                followUp.get("outbox_id"));
        assertThat(text.get("purpose")).isEqualTo("SURVEY_FOLLOW_UP");
        assertThat(text.get("phone")).isEqualTo(P1.e164());
        assertThat(text.get("body")).isEqualTo("Plymouth Wellbeing Hubs: 8 weeks ago you asked us to check in. Text"
                + " WELLBEING to answer 7 short questions again. Text STOP to opt out.");
    }

    @Test
    void noFollowUpForANumberThatOptedOut() {
        responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1));
        optOuts.optOut(P1, "STOP");

        clock.advance(Duration.ofDays(57));
        assertThat(followUps.sendDue()).isEqualTo(new SurveyFollowUps.Run(0, 1, 0));

        Map<String, Object> followUp = jdbc.queryForMap("select state, phone, outbox_id from survey_follow_up");
        assertThat(followUp.get("state")).isEqualTo("OPTED_OUT");
        assertThat(followUp.get("phone")).isNull();
        assertThat(followUp.get("outbox_id")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from sms_outbox", Integer.class)).isZero();
    }

    @Test
    void eachSurveysFollowUpTextNamesItsKeywordAndQuestions() {
        responses.record(new NewSurveyResponse("ons4", 1, FOUR_GREENS, SurveyChannel.KIOSK, "en", List.of(
                Answer.number("life-satisfaction", 7), Answer.number("worthwhile", 7),
                Answer.number("happiness", 7), Answer.number("anxiety", 3)), P1, null));

        clock.advance(Duration.ofDays(56));
        assertThat(followUps.sendDue()).isEqualTo(new SurveyFollowUps.Run(1, 0, 0));
        String body = jdbc.queryForObject("select body from sms_outbox", String.class);
        assertThat(body).isEqualTo("Plymouth Wellbeing Hubs: 8 weeks ago you asked us to check in. Text "
                + definitions.current("ons4").orElseThrow().keyword() + " to answer 4 short questions again. Text"
                + " STOP to opt out.");
        assertThat(uk.plymouth.wellbeing.signposting.messaging.SmsText.isGsm(body)).isTrue();
        assertThat(uk.plymouth.wellbeing.signposting.messaging.SmsText.segments(body)).isLessThanOrEqualTo(2);
        assertThat(SurveyFollowUps.ago(Duration.ofDays(10))).isEqualTo("10 days");
        assertThat(SurveyFollowUps.ago(Duration.ofDays(7))).isEqualTo("1 week");
    }

    @Test
    void aFollowUpNeedsAMobileNumber() {
        assertThatThrownBy(() -> responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21,
                new PhoneNumber("+441752123456"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a mobile number");
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isZero();
    }

    @Test
    void theSecretNeverAppearsInTheLogs(CapturedOutput output) {
        responses.record(swemwbsAt(FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1));
        clock.advance(Duration.ofDays(57));
        followUps.sendDue();

        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain(P1.e164());
        assertThat(new SurveyStoreProperties(SECRET, Duration.ofDays(1), Duration.ofDays(1), "-", "-").toString())
                .doesNotContain(SECRET).contains("followUpSecret=set");
    }

    @Test
    void commentsAreErasedAfterTheRetentionPeriodAndTheirAnswersStay() {
        UUID old = responses.record(satisfaction("Lovely staff")).responseId();
        clock.advance(Duration.ofDays(200));
        UUID recent = responses.record(satisfaction("More evening sessions")).responseId();

        clock.advance(Duration.ofDays(165));
        assertThat(followUps.eraseOldComments()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(followUps.eraseOldComments()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select text from survey_answer where response_id = ? and question_id ="
                + " 'comment'", String.class, old)).isNull();
        assertThat(jdbc.queryForObject("select text_erased_at from survey_answer where response_id = ? and"
                + " question_id = 'comment'", Timestamp.class, old)).isNotNull();
        assertThat(jdbc.queryForObject("select text from survey_answer where response_id = ? and question_id ="
                + " 'comment'", String.class, recent)).isEqualTo("More evening sessions");
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where response_id = ?", Integer.class,
                old)).isEqualTo(5);
    }

    @Test
    void withoutASecretSettingOneIsMadeOnceAndKept() {
        jdbc.update("delete from survey_secret");
        SurveyStoreProperties unset = new SurveyStoreProperties(null, Duration.ofDays(56), Duration.ofDays(365), "-",
                "-");
        var environment = new org.springframework.mock.env.MockEnvironment();
        var transactions = new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                jdbc.getDataSource());
        String first = new FollowUpKeys(unset, jdbc, clock, environment, transactions).keyFor(P1);
        String again = new FollowUpKeys(unset, jdbc, clock, environment, transactions).keyFor(P1);

        assertThat(again).isEqualTo(first).isNotEqualTo(keys.keyFor(P1));
        assertThat(jdbc.queryForObject("select count(*) from survey_secret", Integer.class)).isEqualTo(1);
        environment.setActiveProfiles("postgres");
        assertThatThrownBy(() -> new FollowUpKeys(unset, jdbc, clock, environment, transactions)
                .afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.surveys.follow-up-secret is not set");
        jdbc.update("delete from survey_secret");
    }

    private static NewSurveyResponse satisfaction(String comment) {
        return new NewSurveyResponse("resident-satisfaction", 1, FOUR_GREENS, SurveyChannel.KIOSK, "en", List.of(
                Answer.number("found-help", 1), Answer.number("welcome", 4), Answer.number("overall", 5),
                Answer.number("recommend", 1), Answer.words("comment", comment)), null, null);
    }

    /** H2 reads timestamp with time zone as OffsetDateTime, PostgreSQL as Timestamp. */
    static Instant instant(Object value) {
        return value instanceof Timestamp ? ((Timestamp) value).toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }

    static Instant at(String plymouthTime) {
        return java.time.LocalDateTime.parse(plymouthTime).atZone(SignpostingTestApplication.PLYMOUTH).toInstant();
    }
}
