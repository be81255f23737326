package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.FollowUpDelay;
import uk.plymouth.wellbeing.signposting.survey.Scoring;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;

/**
 * "Would you like us to text you in 8 weeks to ask again, so you can see what has changed?", asked after the last
 * question of a survey that measures change. "No thanks" keeps the response anonymous; "Yes, text me" needs a UK
 * mobile number, kept in {@link SurveyProgress} until the response is recorded with it. Also words the choice for
 * the check page and the result. The delay comes from the survey storage ({@code hub.surveys.follow-up-after}).
 */
class SurveyFollowUpStep {

    @Nullable SurveyFollowUpQuestion question;
    private final ObjectProvider<SurveyResponses> responses;
    private final SurveyProgress progress;
    private final SurveyPage page;

    SurveyFollowUpStep(ObjectProvider<SurveyResponses> responses, SurveyProgress progress, SurveyPage page) {
        this.responses = responses;
        this.progress = progress;
        this.page = page;
    }

    /**
     * Whether to ask: only surveys that measure change (scored ones) and that can be answered again by text (they
     * have a keyword), since the follow-up is a text inviting that; and only while responses can be recorded.
     */
    boolean offeredFor(Survey asked) {
        return asked.scoring() != Scoring.NONE && asked.keyword() != null && responses.getIfAvailable() != null;
    }

    /** The screen's heading: the question itself. */
    String title() {
        return words("kiosk.survey.followUp.title", delayInWords());
    }

    /** The ways to answer, with the number given before (when changing it from the check page). */
    SurveyFollowUpQuestion form(String headingId) {
        SurveyFollowUpQuestion shown = new SurveyFollowUpQuestion(headingId, progress.followUpPhone(),
                new SurveyFollowUpQuestion.Choice() {
                    @Override
                    public void noThanks() {
                        progress.followUp(null);
                        page.go(SurveyView.CHECK);
                    }

                    @Override
                    public void textMe(String typed) {
                        choose(typed);
                    }
                });
        question = shown;
        return shown;
    }

    /** "Yes, text me" with a number: kept if it is a UK mobile, else the problem shown next to it. */
    private void choose(String typed) {
        try {
            progress.followUp(PhoneNumber.parseUkMobile(typed));
        } catch (InvalidPhoneNumberException e) {
            String why = phoneProblem(e);
            page.showAgain(why);
            if (question != null) {
                question.refuse(typed, why);
            }
            return;
        }
        page.go(SurveyView.CHECK);
    }

    /** Back: to the check page when changing the choice from there, else the last question. */
    String before(Survey asked) {
        return progress.changing() ? SurveyView.CHECK : String.valueOf(asked.questions().size());
    }

    /** The check page's row: the question, and "No thanks" or "Yes, to 07700 900123". */
    void addTo(SurveyCheckAnswers check) {
        PhoneNumber phone = progress.followUpPhone();
        check.followUp(words("kiosk.survey.followUp.check", delayInWords()), phone == null
                ? words("kiosk.survey.followUp.no") : words("kiosk.survey.followUp.checkYes", phone.national()), () -> {
                    progress.changing(true);
                    page.go(SurveyView.FOLLOW_UP);
                });
    }

    /** "We will text you in 8 weeks to ask again." once recorded with a follow-up, else null. */
    @Nullable
    String resultLine() {
        return progress.followUpBooked() ? words("kiosk.survey.followUp.result", delayInWords()) : null;
    }

    /** The domain's plain-English message; in another language, that language's words for the same problem. */
    private String phoneProblem(InvalidPhoneNumberException e) {
        if ("en".equals(UI.getCurrent().getLocale().getLanguage())) {
            return e.getMessage();
        }
        String key = e.problem() == InvalidPhoneNumberException.Problem.NOT_MOBILE
                ? "kiosk.survey.followUp.notMobile" : "kiosk.callback.phone.problem." + e.problem().name();
        String translated = words(key);
        return translated.equals(key) ? e.getMessage() : translated;
    }

    /** "8 weeks": when the follow-up text is due, in the kiosk's language. */
    private String delayInWords() {
        FollowUpDelay delay = FollowUpDelay.of(responses.getObject().followUpAfter());
        return words(delay.weeks() ? "kiosk.survey.followUp.weeks" : "kiosk.survey.followUp.days", delay.count());
    }

    private static String words(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
