package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers are read from what people type or tap; a wrong one is refused with words that say what would do. */
class SurveyAnswersTest {

    private final SurveyScorer scorer = new SurveyScorer();
    private final Survey swemwbs = ShippedSurveys.survey("swemwbs");
    private final Survey ons4 = ShippedSurveys.survey("ons4");
    private final Survey residents = ShippedSurveys.survey("resident-satisfaction");

    private final Question relaxed = swemwbs.question("relaxed").orElseThrow();
    private final Question happiness = ons4.question("happiness").orElseThrow();
    private final Question comment = residents.question("comment").orElseThrow();
    private final Question recommend = residents.question("recommend").orElseThrow();

    @Test
    void readsANumberOrAnOptionsLabel() {
        assertThat(scorer.read(relaxed, " 4 ")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "Often")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "all of the time")).contains(Answer.number("relaxed", 5));
        assertThat(scorer.read(recommend, "yes")).contains(Answer.number("recommend", 1));
        assertThat(scorer.read(happiness, "0")).contains(Answer.number("happiness", 0));
        assertThat(scorer.read(happiness, "10.")).contains(Answer.number("happiness", 10));
    }

    @Test
    void readsANumberTheWaysPeopleTypeIt() {
        assertThat(scorer.read(relaxed, "4.")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "#4")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "four")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "4 often")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "4 - Often")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(relaxed, "4) often!")).contains(Answer.number("relaxed", 4));
        assertThat(scorer.read(happiness, "Ten")).contains(Answer.number("happiness", 10));
        assertThatThrownBy(() -> scorer.read(relaxed, "4 rarely")).as("number and words disagree")
                .hasMessage("Please answer with a number from 1 to 5");
        assertThatThrownBy(() -> scorer.read(relaxed, "4 or 5")).hasMessage("Please answer with a number from 1 to 5");
        assertThatThrownBy(() -> scorer.read(relaxed, "six")).hasMessage("Please answer with a number from 1 to 5");
    }

    @Test
    void aRequiredQuestionCannotBeSkipped() {
        assertThat(relaxed.smsPrompt()).isEqualTo("Over the last 2 weeks: I've been feeling relaxed\n"
                + "Reply 1 None of the time, 2 Rarely, 3 Some of the time, 4 Often, 5 All of the time");
        assertThatThrownBy(() -> scorer.read(relaxed, "SKIP")).hasMessage("Please answer with a number from 1 to 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "3.5", "thre", "-1", "", "1 2", "often-ish", "six"})
    void refusesAnythingButOneToFiveOnAScale(String typed) {
        assertThatThrownBy(() -> scorer.read(relaxed, typed))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer with a number from 1 to 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "-1", "7.5", "seventy", "100", "", "eleven"})
    void refusesAnythingButZeroToTen(String typed) {
        assertThatThrownBy(() -> scorer.read(happiness, typed))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please answer with a number from 0 to 10");
    }

    @Test
    void refusesAChoiceThatIsNotOffered() {
        assertThatThrownBy(() -> scorer.read(recommend, "4"))
                .hasMessage("Please answer with a number from 1 to 3");
    }

    @Test
    void anOptionalCommentMayBeLeftBlankOrSkippedButNotTooLong() {
        assertThat(comment.smsPrompt()).isEqualTo("Is there anything we could do better?\n"
                + "Reply in up to 300 characters, or reply SKIP");
        assertThat(scorer.read(comment, "   ")).isEmpty();
        assertThat(scorer.read(comment, " skip ")).isEmpty();
        assertThat(scorer.read(comment, "skip the queue")).contains(Answer.words("comment", "skip the queue"));
        assertThat(scorer.read(comment, "  More chairs please. ")).contains(Answer.words("comment",
                "More chairs please."));
        assertThat(scorer.read(comment, "x".repeat(300))).isPresent();

        assertThatThrownBy(() -> scorer.read(comment, "x".repeat(301)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Please keep your answer to 300 characters or fewer (yours has 301)");
    }

    @Test
    void checksAnswersThatArriveAlreadyRead() {
        assertThatThrownBy(() -> scorer.check(relaxed, Answer.number("relaxed", 9)))
                .hasMessage("Please answer with a number from 1 to 5");
        assertThatThrownBy(() -> scorer.check(relaxed, Answer.words("relaxed", "often")))
                .hasMessage("Please answer with a number from 1 to 5");
        assertThatThrownBy(() -> scorer.check(comment, Answer.number("comment", 3)))
                .hasMessage("Please answer in words");
    }

    @Test
    void refusesAnswersToQuestionsTheSurveyDoesNotHaveOrAnsweredTwice() {
        List<Answer> allFives = swemwbs.questions().stream().map(q -> Answer.number(q.id(), 5)).toList();

        assertThatThrownBy(() -> scorer.score(swemwbs, concat(allFives, Answer.number("cheerful", 5))))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Survey swemwbs version 1 has no question \"cheerful\"");
        assertThatThrownBy(() -> scorer.score(swemwbs, concat(allFives, Answer.number("relaxed", 2))))
                .hasMessage("Question \"relaxed\" is answered twice");
        assertThatThrownBy(() -> scorer.score(swemwbs, concat(allFives.subList(1, 7), Answer.number("optimistic", 6))))
                .hasMessage("Please answer with a number from 1 to 5");
    }

    @Test
    void aSatisfactionSurveyIsNotScoredButThanked() {
        SurveyResult result = scorer.score(residents, List.of(Answer.number("found-help", 1),
                Answer.number("welcome", 4), Answer.number("overall", 5), Answer.number("recommend", 1)));

        assertThat(result.raw()).isNull();
        assertThat(result.bandId()).isNull();
        assertThat(result.message()).isEqualTo(residents.thanks());
    }

    private static List<Answer> concat(List<Answer> answers, Answer more) {
        return Stream.concat(answers.stream(), Stream.of(more)).toList();
    }
}
