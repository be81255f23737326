package uk.plymouth.wellbeing.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;

/** Where each answer leads, what is kept and what is sent, without Vaadin or Spring. */
class CallMeAnswersTest {

    final CallMeAnswers answers = new CallMeAnswers();

    @Test
    void questionsFollowInOrderAndBackFromTheFirstLeavesTheJourney() {
        answers.begin("service/cl-stop-smoking", "four-greens");

        assertThat(answers.after(CallMeStep.NAME)).isEqualTo(CallMeStep.PHONE);
        assertThat(answers.after(CallMeStep.CONSENT)).isEqualTo(CallMeStep.CHECK);
        assertThat(answers.before(CallMeStep.PHONE)).contains(CallMeStep.NAME);
        assertThat(answers.before(CallMeStep.NAME)).isEmpty();
        assertThat(answers.origin()).isEqualTo("service/cl-stop-smoking");
    }

    @Test
    void aChangeFromTheCheckPageGoesBackToIt() {
        answers.changing(CallMeStep.TIME);

        assertThat(answers.before(CallMeStep.TIME)).contains(CallMeStep.CHECK);
        assertThat(answers.after(CallMeStep.TIME)).isEqualTo(CallMeStep.CHECK);
        assertThat(answers.isChanging()).isFalse();
        assertThat(answers.after(CallMeStep.TIME)).isEqualTo(CallMeStep.SAFE);
    }

    @Test
    void aBadNumberIsKeptAsTypedButNotAnswered() {
        assertThatThrownBy(() -> answers.phone("0770")).isInstanceOf(InvalidPhoneNumberException.class);

        assertThat(answers.phone()).isEqualTo("0770");
        assertThat(answers.isAnswered(CallMeStep.PHONE)).isFalse();
    }

    @Test
    void consentIsNeededAndATextNeedsAMobile() {
        answers.phone("01632 960123");

        assertThat(answers.consent(false, false)).isFalse();
        assertThatThrownBy(() -> answers.consent(true, true)).isInstanceOf(InvalidPhoneNumberException.class)
                .satisfies(e -> assertThat(CallMeRefusal.questionFor((RuntimeException) e, answers.wantsText()))
                        .isEqualTo(CallMeStep.CONSENT));
        assertThat(answers.wantsText()).as("kept as ticked").isTrue();
        assertThat(answers.consent(true, false)).isTrue();
    }

    @Test
    void theRequestCarriesEveryAnswer() {
        answers.begin("", "four-greens");
        answers.name("Alice");
        answers.phone("07700 900123");
        answers.aboutItem("cl-stop-smoking", Category.HEALTHY_LIFESTYLES);
        answers.about(Category.HEALTHY_LIFESTYLES, "  ");
        answers.bestTime(BestTime.EVENING);
        answers.safeContact(true, false);
        answers.consent(true, true);

        NewCallback request = answers.request("central-library");

        assertThat(request).isEqualTo(new NewCallback("four-greens", "Alice", "07700 900123",
                Category.HEALTHY_LIFESTYLES, null, "cl-stop-smoking", BestTime.EVENING, true, false, Channel.KIOSK,
                true, true, null));
        assertThat(answers.firstUnanswered()).contains(CallMeStep.HUB);
    }

    @Test
    void crisisWordsMakeItUrgentWithTheMostUrgentKindUntilForgotten() {
        answers.begin("", "four-greens");
        answers.aboutRead(CrisisAssessment.none("en"));
        assertThat(answers.isUrgent()).isFalse();

        answers.urgent();
        assertThat(answers.isUrgent()).isTrue();
        assertThat(answers.request("four-greens").crisis()).as("urgent, kind not known").isNull();
        answers.urgent(CrisisKind.ABUSE);
        answers.aboutRead(new CrisisAssessment(CrisisAssessment.Level.CLEAR, CrisisKind.SUICIDE, "en", ""));
        answers.urgent(CrisisKind.CHILD);
        assertThat(answers.request("four-greens").crisis()).isEqualTo(CrisisKind.SUICIDE);

        answers.forget();
        assertThat(answers.isUrgent()).isFalse();
        assertThat(answers.request("four-greens").crisis()).isNull();
    }

    @Test
    void refusalsGoBackToTheQuestionTheyAreAbout() {
        assertThat(CallMeRefusal.questionFor(new IllegalArgumentException("first name: at most 60 characters"),
                false)).isEqualTo(CallMeStep.NAME);
        assertThat(CallMeRefusal.questionFor(new IllegalArgumentException("about text: at most 500 characters"),
                false)).isEqualTo(CallMeStep.ABOUT);
        assertThat(CallMeRefusal.questionFor(new IllegalArgumentException("consent: we can only keep ..."), false))
                .isEqualTo(CallMeStep.CONSENT);
        assertThat(CallMeRefusal.questionFor(new InvalidPhoneNumberException(
                InvalidPhoneNumberException.Problem.TOO_SHORT, "Too short"), true)).isEqualTo(CallMeStep.PHONE);
        assertThat(CallMeRefusal.withoutFieldName(new IllegalArgumentException(
                "first name: at most 60 characters, not 61. Please make it shorter.")))
                .isEqualTo("At most 60 characters, not 61. Please make it shorter.");
    }

    @Test
    void searchWordsAreCutToWhatCanBeSent() {
        answers.aboutWords("x".repeat(600));

        assertThat(answers.aboutText()).hasSize(CallbackQueue.MAX_ABOUT_TEXT);
    }
}
