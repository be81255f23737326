package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * The surveys that ship in ../content/surveys (or, with {@code -Dcontent.location=file:/path/to/content/}, any
 * content folder) load, ask the published questions word for word, and text well: plain GSM-7, each question with
 * its reply options in at most 2 messages, each result in at most 3, and no result reads like a diagnosis.
 */
class ShippedSurveysTest {

    private final SurveyDefinitions surveys = ShippedSurveys.DEFINITIONS;
    private final SurveyScorer scorer = new SurveyScorer();

    @Test
    void allFourSurveysLoadAndAreOffered() {
        assertThat(surveys.offered()).extracting(Survey::id).containsExactlyInAnyOrder("swemwbs", "ons4",
                "resident-satisfaction", "staff-satisfaction");
        assertThat(surveys.offered()).allSatisfy(s -> assertThat(s.version()).isEqualTo(1));
        assertThat(surveys.offered()).extracting(Survey::keyword).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void swemwbsIsAskedExactlyAsPublished() {
        Survey swemwbs = ShippedSurveys.survey("swemwbs");

        // ../shared/design/domain.md 1.1 and 1.6
        assertThat(swemwbs.questions()).extracting(Question::text).containsExactly(
                "I've been feeling optimistic about the future",
                "I've been feeling useful",
                "I've been feeling relaxed",
                "I've been dealing with problems well",
                "I've been thinking clearly",
                "I've been feeling close to other people",
                "I've been able to make up my own mind about things");
        assertThat(swemwbs.questions()).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.SCALE);
            assertThat(q.options()).extracting(Option::value, Option::label).containsExactly(
                    Tuple.tuple(1, "None of the time"),
                    Tuple.tuple(2, "Rarely"),
                    Tuple.tuple(3, "Some of the time"),
                    Tuple.tuple(4, "Often"),
                    Tuple.tuple(5, "All of the time"));
            assertThat(q.reversed()).isFalse();
            assertThat(q.smsText()).contains(q.text()).contains("last 2 weeks");
        });
        assertThat(swemwbs.instructions()).isEqualTo("Below are some statements about feelings and thoughts. Please "
                + "tick the box that best describes your experience of each over the last 2 weeks");
        assertThat(swemwbs.attribution()).isEqualTo("Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS "
                + "Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.");
        assertThat(swemwbs.attributionForSms()).isEqualTo(swemwbs.attribution().replace("©", "(c)"));
        assertThat(swemwbs.scoring()).isEqualTo(Scoring.SWEMWBS_METRIC);
    }

    @Test
    void ons4AsksTheFourHarmonisedQuestionsFromZeroToTen() {
        Survey ons4 = ShippedSurveys.survey("ons4");

        // ../shared/design/domain.md 2.1
        assertThat(ons4.questions()).extracting(Question::id, Question::text, Question::lowLabel, Question::highLabel)
                .containsExactly(
                        Tuple.tuple("life-satisfaction",
                                "Overall, how satisfied are you with your life nowadays?",
                                "not at all satisfied", "completely satisfied"),
                        Tuple.tuple("worthwhile", "Overall, to what extent do you feel that "
                                + "the things you do in your life are worthwhile?",
                                "not at all worthwhile", "completely worthwhile"),
                        Tuple.tuple("happiness", "Overall, how happy did you feel yesterday?",
                                "not at all happy", "completely happy"),
                        Tuple.tuple("anxiety", "On a scale where nought is 'not at all "
                                + "anxious' and 10 is 'completely anxious', overall, how anxious did you feel "
                                + "yesterday?", "not at all anxious", "completely anxious"));
        assertThat(ons4.questions()).allSatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.ZERO_TO_TEN));
        assertThat(ons4.questions()).filteredOn(Question::reversed).extracting(Question::id)
                .containsExactly("anxiety");
        assertThat(ons4.scoring()).isEqualTo(Scoring.PER_QUESTION_BANDS);
    }

    @Test
    void theSatisfactionSurveysAskAboutRecommendingAndLeaveRoomForAnOptionalComment() {
        for (String id : List.of("resident-satisfaction", "staff-satisfaction")) {
            Survey survey = ShippedSurveys.survey(id);

            assertThat(survey.scoring()).as(id).isEqualTo(Scoring.NONE);
            assertThat(survey.questions()).as(id).hasSizeBetween(4, 6);
            Question recommend = survey.question("recommend").orElseThrow();
            assertThat(recommend.text()).as(id).startsWith("Would you recommend");
            assertThat(recommend.options()).filteredOn(Option::positive).extracting(Option::label)
                    .containsExactly("Yes");
            Question comment = survey.question("comment").orElseThrow();
            assertThat(comment.type()).isEqualTo(QuestionType.FREE_TEXT);
            assertThat(comment.required()).isFalse();
            assertThat(comment.maxLength()).isBetween(100, 500);
        }
    }

    @Test
    void everythingTextedIsPlainGsmAndEachQuestionFitsInTwoMessages() {
        for (Survey survey : surveys.offered()) {
            List<String> texts = new ArrayList<>(List.of(survey.intro(), survey.consent(), survey.thanks()));
            if (survey.attributionForSms() != null) {
                texts.add(survey.attributionForSms());
            }
            for (String text : texts) {
                assertThat(SmsText.isGsm(text)).as("%s: %s", survey.id(), text).isTrue();
                assertThat(SmsText.segments(text)).as("%s: %s", survey.id(), text).isLessThanOrEqualTo(2);
            }
            for (Question question : survey.questions()) {
                String prompt = question.smsPrompt();
                assertThat(SmsText.isGsm(prompt)).as("%s: %s", survey.id(), prompt).isTrue();
                assertThat(SmsText.segments(prompt)).as("%s: %s", survey.id(), prompt).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void everySwemwbsResultTextsInOneOrTwoMessagesAndIsKind() {
        Survey swemwbs = ShippedSurveys.survey("swemwbs");
        for (int raw = Swemwbs.MIN_RAW; raw <= Swemwbs.MAX_RAW; raw++) {
            List<Answer> answers = new ArrayList<>();
            int left = raw - 7;
            for (Question question : swemwbs.questions()) {
                int extra = Math.min(4, left);
                answers.add(Answer.number(question.id(), 1 + extra));
                left -= extra;
            }
            assertReadsWell(scorer.score(swemwbs, answers).message(), 2);
        }
    }

    @Test
    void everyOns4ResultTextsInAtMostThreeMessagesAndIsKind() {
        Survey ons4 = ShippedSurveys.survey("ons4");
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; b <= 10; b++) {
                for (int c = 0; c <= 10; c++) {
                    for (int d = 0; d <= 10; d++) {
                        SurveyResult result = scorer.score(ons4, List.of(Answer.number("life-satisfaction", a),
                                Answer.number("worthwhile", b), Answer.number("happiness", c),
                                Answer.number("anxiety", d)));
                        assertThat(result.questions()).hasSize(4);
                        if (a == b && b == c && c == d) {
                            assertReadsWell(result.message(), 3);
                        } else {
                            assertThat(SmsText.segments(result.message())).isLessThanOrEqualTo(3);
                        }
                    }
                }
            }
        }
    }

    private static void assertReadsWell(String message, int maxSegments) {
        assertThat(SmsText.isGsm(message)).as(message).isTrue();
        assertThat(SmsText.segments(message)).as(message).isLessThanOrEqualTo(maxSegments);
        String lower = message.toLowerCase(Locale.ROOT);
        assertThat(lower).as(message).doesNotContain("depress", "disorder", "illness", "abnormal", "at risk",
                "you have", "you are suffering", "poor mental");
        assertThat(lower.replace("not a diagnosis", "")).as(message).doesNotContain("diagnos");
    }
}
