package uk.plymouth.wellbeing.signposting.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.FOUR_GREENS;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.JAN_CUTTING;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.P1;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.P2;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.P3;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.SECRET;
import static uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration.swemwbs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyTestConfiguration;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * {@link SurveyReport} on a fixture worked out by hand, run on H2 ({@code SurveyReportTest}) and PostgreSQL
 * ({@code SurveyReportPostgresIT}). November 2026 is GMT, so Plymouth time is UTC. The period is 1 to 30 November
 * ([1 Nov, 1 Dec)). SWEMWBS version 2 is asked now; version 1 (other bands) is kept and entered from paper by staff.
 * <pre>
 * SWEMWBS (raw -> metric, band as stored)
 *  1  2 Nov  Four Greens  kiosk  v2  raw 21 -> 19.25 lower   P1 (before)
 *  2  3 Nov  Four Greens  sms    v2  raw 23 -> 20.73 lower   P2 (before)
 *  3  4 Nov  Jan Cutting  kiosk  v2  raw 26 -> 23.21 middle  P3 (first of three)
 *  4  5 Nov  Four Greens  staff  v1  raw 23 -> 20.73 middle  (paper form, version 1's bands: 20.73 is middle there)
 *  5 10 Nov  Jan Cutting  kiosk  v2  raw 30 -> 27.03 middle
 *  6 12 Nov  Jan Cutting  kiosk  v2  raw 20 -> 18.59 lower   P3
 *  7 20 Nov  Four Greens  kiosk  v2  raw 28 -> 25.03 middle  P1 (after)
 *  8 21 Nov  Four Greens  sms    v2  raw 24 -> 21.54 middle  P2 (after)
 *  9 25 Nov  Jan Cutting  sms    v2  raw 19 -> 17.98 lower   P3 (last)
 *  outside the period: 30 Oct Four Greens raw 35 (P1), 1 Dec 00:00 Jan Cutting raw 7 (P3)
 * ONS4: Four Greens kiosk (8, 9, 4, anxiety 6); Jan Cutting sms (5, 7, 7, anxiety 1)
 * Resident satisfaction: Four Greens kiosk (Yes, Very welcome, Good, Yes, "Lovely staff, thank you");
 *  Four Greens staff-assisted (Partly, Not very welcome, OK, Maybe); Jan Cutting sms (No, Quite welcome, Very good,
 *  Yes, "More evening sessions please")
 * </pre>
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
abstract class SurveyReportCases {

    static final SurveyReportQuery NOVEMBER = new SurveyReportQuery(null, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 1));

    final StaffIdentity admin = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());
    final StaffIdentity fourGreensStaff = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of(FOUR_GREENS));

    @Autowired
    SurveyResponses responses;

    @Autowired
    SurveyReport report;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void makeTheFixture() {
        for (String table : List.of("survey_follow_up", "survey_answer", "survey_response", "sms_outbox")) {
            jdbc.update("delete from " + table);
        }
        swemwbsAt("2026-10-30T10:00", FOUR_GREENS, SurveyChannel.KIOSK, 2, 35, P1);
        swemwbsAt("2026-11-02T10:00", FOUR_GREENS, SurveyChannel.KIOSK, 2, 21, P1);
        swemwbsAt("2026-11-03T10:00", FOUR_GREENS, SurveyChannel.SMS, 2, 23, P2);
        swemwbsAt("2026-11-04T10:00", JAN_CUTTING, SurveyChannel.KIOSK, 2, 26, P3);
        swemwbsAt("2026-11-05T10:00", FOUR_GREENS, SurveyChannel.STAFF_ASSISTED, 1, 23, null);
        swemwbsAt("2026-11-10T10:00", JAN_CUTTING, SurveyChannel.KIOSK, 2, 30, null);
        swemwbsAt("2026-11-12T10:00", JAN_CUTTING, SurveyChannel.KIOSK, 2, 20, P3);
        swemwbsAt("2026-11-20T10:00", FOUR_GREENS, SurveyChannel.KIOSK, 2, 28, P1);
        swemwbsAt("2026-11-21T10:00", FOUR_GREENS, SurveyChannel.SMS, 2, 24, P2);
        swemwbsAt("2026-11-25T10:00", JAN_CUTTING, SurveyChannel.SMS, 2, 19, P3);
        swemwbsAt("2026-12-01T00:00", JAN_CUTTING, SurveyChannel.SMS, 2, 7, P3);
        at("2026-11-06T10:00");
        responses.record(ons4(FOUR_GREENS, SurveyChannel.KIOSK, 8, 9, 4, 6));
        at("2026-11-07T10:00");
        responses.record(ons4(JAN_CUTTING, SurveyChannel.SMS, 5, 7, 7, 1));
        at("2026-11-08T10:00");
        responses.record(satisfaction(FOUR_GREENS, SurveyChannel.KIOSK, 1, 4, 4, 1, "Lovely staff, thank you"));
        at("2026-11-09T10:00");
        responses.record(satisfaction(FOUR_GREENS, SurveyChannel.STAFF_ASSISTED, 2, 2, 3, 2, null));
        at("2026-11-11T10:00");
        responses.record(satisfaction(JAN_CUTTING, SurveyChannel.SMS, 3, 3, 5, 1, "More evening sessions please"));
    }

    @Test
    void countsResponsesBySurveyAndChannelWithAssistedOnTheirOwn() {
        SurveyFigures all = report.forPeriod(admin, NOVEMBER);

        assertThat(all.responses()).containsExactly(
                new ResponseCount("ons4", SurveyChannel.KIOSK, 1),
                new ResponseCount("ons4", SurveyChannel.SMS, 1),
                new ResponseCount("resident-satisfaction", SurveyChannel.KIOSK, 1),
                new ResponseCount("resident-satisfaction", SurveyChannel.SMS, 1),
                new ResponseCount("resident-satisfaction", SurveyChannel.STAFF_ASSISTED, 1),
                new ResponseCount("swemwbs", SurveyChannel.KIOSK, 5),
                new ResponseCount("swemwbs", SurveyChannel.SMS, 3),
                new ResponseCount("swemwbs", SurveyChannel.STAFF_ASSISTED, 1));
        assertThat(all.total()).isEqualTo(14);
        assertThat(all.hubIds()).isNull();
    }

    @Test
    void swemwbsMeanSdAndIntervalAcrossHubs() {
        Interval metric = report.forPeriod(admin, NOVEMBER).swemwbs().metric();

        // 19.25 + 20.73 + 23.21 + 20.73 + 27.03 + 18.59 + 25.03 + 21.54 + 17.98 = 194.09; n = 9
        // mean = 194.09 / 9 = 21.5656
        // sum of squares = 4258.6943; (sum)^2 / n = 37670.9281 / 9 = 4185.6587
        // SD = sqrt((4258.6943 - 4185.6587) / 8) = sqrt(9.12945) = 3.0215
        // n < 30, so t(0.975, 8) = 2.306: half-width = 2.306 * 3.0215 / sqrt(9) = 2.3225
        // 95% CI = 21.5656 -/+ 2.3225 = 19.2430 to 23.8881
        assertThat(metric.n()).isEqualTo(9);
        assertThat(metric.mean()).isCloseTo(21.5656, within(0.0001));
        assertThat(metric.sd()).isCloseTo(3.0215, within(0.0001));
        assertThat(metric.critical()).isEqualTo(2.306);
        assertThat(metric.low()).isCloseTo(19.2430, within(0.0001));
        assertThat(metric.high()).isCloseTo(23.8881, within(0.0001));
    }

    @Test
    void swemwbsDistributionKeepsEachVersionsBand() {
        SwemwbsFigures swemwbs = report.forPeriod(admin, NOVEMBER).swemwbs();

        // lower: 19.25, 20.73 (v2), 18.59, 17.98; middle: 23.21, 20.73 (v1 paper form), 27.03, 25.03, 21.54
        assertThat(swemwbs.byBand()).containsExactly(Map.entry("lower", 4L), Map.entry("middle", 5L));
        assertThat(swemwbs.byPoint()).containsExactly(Map.entry(17, 1L), Map.entry(18, 1L), Map.entry(19, 1L),
                Map.entry(20, 2L), Map.entry(21, 1L), Map.entry(23, 1L), Map.entry(25, 1L), Map.entry(27, 1L));
    }

    @Test
    void comparesWithEnglandsNorms() {
        EnglandNorms england = report.forPeriod(admin, NOVEMBER).swemwbs().england();

        // 23.2 (women) and 23.7 (men) both lie inside 19.24 to 23.89
        assertThat(england.compared()).isEqualTo(EnglandNorms.Comparison.SIMILAR);
        assertThat(england.differenceFromMen()).isCloseTo(21.5656 - 23.7, within(0.0001));
        assertThat(england.differenceFromWomen()).isCloseTo(21.5656 - 23.2, within(0.0001));
        assertThat(england.source()).contains("Health Survey for England 2010-2013");
    }

    @Test
    void pairsFirstAndLastResponseOfEachFollowedUpResident() {
        PairedChange pairs = report.forPeriod(admin, NOVEMBER).swemwbs().pairs();

        // P1: 25.03 - 19.25 = +5.78 (the 30 Oct response is outside the period); P2: 21.54 - 20.73 = +0.81;
        // P3: first 23.21, last 17.98 (18.59 in between ignored; 1 Dec outside): -5.23
        // mean = (5.78 + 0.81 - 5.23) / 3 = 1.36 / 3 = 0.4533
        // sum of squares = 33.4084 + 0.6561 + 27.3529 = 61.4174; (1.36)^2 / 3 = 0.61653
        // SD = sqrt((61.4174 - 0.61653) / 2) = sqrt(30.40043) = 5.5137
        // t(0.975, 2) = 4.303: half-width = 4.303 * 5.5137 / sqrt(3) = 13.6978; CI -13.2445 to 14.1511
        // improved by 3 or more: P1 only (1 of 3); worse by 3 or more: P3; 3 pairs < 30: few pairs
        assertThat(pairs.pairs()).isEqualTo(3);
        assertThat(pairs.change().mean()).isCloseTo(0.4533, within(0.0001));
        assertThat(pairs.change().sd()).isCloseTo(5.5137, within(0.0001));
        assertThat(pairs.change().low()).isCloseTo(-13.2445, within(0.0001));
        assertThat(pairs.change().high()).isCloseTo(14.1511, within(0.0001));
        assertThat(pairs.improved()).isEqualTo(1);
        assertThat(pairs.worse()).isEqualTo(1);
        assertThat(pairs.improvedShare()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(pairs.fewPairs()).isTrue();
    }

    @Test
    void oneHubsReportCountsOnlyItsResponsesAndPairs() {
        SurveyFigures fourGreens = report.forPeriod(admin, new SurveyReportQuery(FOUR_GREENS, NOVEMBER.from(),
                NOVEMBER.to()));

        // 19.25 + 20.73 + 20.73 + 25.03 + 21.54 = 107.28; mean 21.456
        // SD = sqrt((2320.5008 - 107.28^2 / 5) / 4) = sqrt((2320.5008 - 2301.79968) / 4) = 2.1622
        // t(0.975, 4) = 2.776: half-width = 2.776 * 2.1622 / sqrt(5) = 2.6843; CI 18.7717 to 24.1403
        Interval metric = fourGreens.swemwbs().metric();
        assertThat(metric.n()).isEqualTo(5);
        assertThat(metric.mean()).isCloseTo(21.456, within(0.0001));
        assertThat(metric.sd()).isCloseTo(2.1622, within(0.0001));
        assertThat(metric.low()).isCloseTo(18.7717, within(0.0001));
        assertThat(metric.high()).isCloseTo(24.1403, within(0.0001));
        // pairs: P1 +5.78 and P2 +0.81: mean 3.295
        assertThat(fourGreens.swemwbs().pairs().pairs()).isEqualTo(2);
        assertThat(fourGreens.swemwbs().pairs().change().mean()).isCloseTo(3.295, within(0.0001));
        assertThat(fourGreens.total()).isEqualTo(5 + 1 + 2);
        assertThat(fourGreens.hubIds()).containsExactly(FOUR_GREENS);
    }

    @Test
    void staffSeeOnlyTheirOwnHubs() {
        SurveyFigures own = report.forPeriod(fourGreensStaff, NOVEMBER);
        SurveyFigures other = report.forPeriod(fourGreensStaff, new SurveyReportQuery(JAN_CUTTING, NOVEMBER.from(),
                NOVEMBER.to()));

        assertThat(own.hubIds()).containsExactly(FOUR_GREENS);
        assertThat(own.total()).isEqualTo(8);
        assertThat(other.total()).isZero();
        assertThat(other.comments()).isEmpty();
        assertThat(other.swemwbs().metric().n()).isZero();
    }

    @Test
    void ons4AnswersPerBand() {
        List<QuestionFigures> ons4 = report.forPeriod(admin, NOVEMBER).bandedQuestions();

        assertThat(ons4).extracting(QuestionFigures::questionId)
                .containsExactly("life-satisfaction", "worthwhile", "happiness", "anxiety");
        // life 8 high, 5 medium; worthwhile 9 very-high, 7 high; happiness 4 low, 7 high; anxiety 6 high, 1 very-low
        assertThat(ons4.get(0).counts()).containsExactly(Map.entry("low", 0L), Map.entry("medium", 1L),
                Map.entry("high", 1L), Map.entry("very-high", 0L));
        assertThat(ons4.get(1).counts()).containsExactly(Map.entry("low", 0L), Map.entry("medium", 0L),
                Map.entry("high", 1L), Map.entry("very-high", 1L));
        assertThat(ons4.get(2).counts()).containsExactly(Map.entry("low", 1L), Map.entry("medium", 0L),
                Map.entry("high", 1L), Map.entry("very-high", 0L));
        assertThat(ons4.get(3).counts()).containsExactly(Map.entry("very-low", 1L), Map.entry("low", 0L),
                Map.entry("medium", 0L), Map.entry("high", 1L));
        assertThat(ons4).allSatisfy(q -> assertThat(q.answered()).isEqualTo(2));
    }

    @Test
    void satisfactionCountsSharesPositiveAndCommentsNewestFirst() {
        SurveyFigures all = report.forPeriod(admin, NOVEMBER);

        QuestionFigures recommend = all.satisfaction().stream().filter(q -> q.questionId().equals("recommend"))
                .findFirst().orElseThrow();
        assertThat(recommend.counts()).containsExactly(Map.entry("Yes", 2L), Map.entry("Maybe", 1L),
                Map.entry("No", 0L));
        assertThat(recommend.positive()).isEqualTo(2);
        assertThat(recommend.positiveShare()).isCloseTo(2 / 3.0, within(1e-9));
        QuestionFigures welcome = all.satisfaction().stream().filter(q -> q.questionId().equals("welcome"))
                .findFirst().orElseThrow();
        // Very welcome and Quite welcome are positive; Not very welcome is not
        assertThat(welcome.positive()).isEqualTo(2);
        QuestionFigures comment = all.satisfaction().stream().filter(q -> q.questionId().equals("comment"))
                .findFirst().orElseThrow();
        assertThat(comment.answered()).isEqualTo(2);
        assertThat(comment.positive()).isNull();
        assertThat(all.comments()).extracting(SurveyComment::text)
                .containsExactly("More evening sessions please", "Lovely staff, thank you");
        assertThat(all.comments().get(0).channel()).isEqualTo(SurveyChannel.SMS);
        assertThat(all.comments().get(0).hubId()).isEqualTo(JAN_CUTTING);
    }

    private void swemwbsAt(String when, String hub, SurveyChannel channel, int version, int raw,
            @Nullable PhoneNumber phone) {
        at(when);
        responses.record(new NewSurveyResponse("swemwbs", version, hub, channel, "en", swemwbs(raw), phone,
                channel == SurveyChannel.STAFF_ASSISTED ? "sam" : null));
    }

    private void at(String plymouthTime) {
        clock.set(LocalDateTime.parse(plymouthTime).atZone(SignpostingTestApplication.PLYMOUTH).toInstant());
    }

    private static NewSurveyResponse ons4(String hub, SurveyChannel channel, int life, int worthwhile, int happy,
            int anxious) {
        return new NewSurveyResponse("ons4", 1, hub, channel, "en", List.of(Answer.number("life-satisfaction", life),
                Answer.number("worthwhile", worthwhile), Answer.number("happiness", happy),
                Answer.number("anxiety", anxious)), null, channel == SurveyChannel.STAFF_ASSISTED ? "sam" : null);
    }

    private static NewSurveyResponse satisfaction(String hub, SurveyChannel channel, int foundHelp, int welcome,
            int overall, int recommend, @Nullable String comment) {
        List<Answer> answers = new java.util.ArrayList<>(List.of(Answer.number("found-help", foundHelp),
                Answer.number("welcome", welcome), Answer.number("overall", overall),
                Answer.number("recommend", recommend)));
        if (comment != null) {
            answers.add(Answer.words("comment", comment));
        }
        return new NewSurveyResponse("resident-satisfaction", 1, hub, channel, "en", answers, null,
                channel == SurveyChannel.STAFF_ASSISTED ? "sam" : null);
    }
}
