package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import uk.plymouth.wellbeing.kiosk.KioskJourneys;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;

/**
 * "Check your answers", then "Send my answers": every answer (and the follow-up choice) with a "Change" link, and the
 * one call to the survey storage, {@link SurveyResponses#record}, with the kiosk's hub, channel KIOSK, the kiosk's
 * language and the follow-up number if one was given. What the storage refuses is shown on the check page.
 */
class SurveyCheckStep {

    private static final Logger log = LoggerFactory.getLogger(SurveyCheckStep.class);

    final Button send = new Button();
    @Nullable SurveyCheckAnswers check;
    private final ObjectProvider<SurveyResponses> responses;
    private final SurveyProgress progress;
    private final KioskJourneys kiosk;
    private final SurveyPage page;
    private final SurveyFollowUpStep followUp;

    SurveyCheckStep(ObjectProvider<SurveyResponses> responses, SurveyProgress progress, KioskJourneys kiosk,
            SurveyPage page, SurveyFollowUpStep followUp) {
        this.responses = responses;
        this.progress = progress;
        this.kiosk = kiosk;
        this.page = page;
        this.followUp = followUp;
        send.setText(UI.getCurrent().getTranslation("kiosk.survey.check.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> record());
    }

    /** The answers as given, each with its "Change" link (which comes back here after the one question). */
    SurveyCheckAnswers answers(Survey asked) {
        progress.changing(false);
        SurveyCheckAnswers shown = new SurveyCheckAnswers(asked, progress, number -> {
            progress.changing(true);
            page.go(String.valueOf(number));
        });
        if (followUp.offeredFor(asked)) {
            followUp.addTo(shown);
        }
        check = shown;
        send.setEnabled(true);
        return shown;
    }

    /** Back from the check page: the follow-up question when there is one, else the last question. */
    String before(Survey asked) {
        return followUp.offeredFor(asked) ? SurveyView.FOLLOW_UP : String.valueOf(asked.questions().size());
    }

    /** "Send my answers": the one call to the survey storage. */
    private void record() {
        Survey asked = page.asked();
        SurveyResponses storage = responses.getIfAvailable();
        if (storage == null) {
            page.showAgain(send.getTranslation("kiosk.survey.unavailable"));
            return;
        }
        String language = UI.getCurrent().getLocale().getLanguage();
        NewSurveyResponse response = new NewSurveyResponse(asked.id(), asked.version(), kiosk.hubId(),
                SurveyChannel.KIOSK, language, progress.answers(), progress.followUpPhone(), null);
        try {
            progress.receipt(storage.record(response));
        } catch (InvalidAnswerException e) {
            page.showAgain(e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            log.warn("Survey response refused: {} ({})", LogSafe.text(e.getMessage()), response);
            page.showAgain(send.getTranslation("kiosk.survey.unavailable"));
            return;
        }
        log.info("Survey {} v{} answered on the kiosk at {}{}", asked.id(), asked.version(), response.hubId(),
                response.followUpPhone() != null ? ", with a follow-up" : "");
        page.go(SurveyView.RESULT);
    }
}
