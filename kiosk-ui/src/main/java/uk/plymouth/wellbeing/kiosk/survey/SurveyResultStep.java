package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.kiosk.KioskJourneys;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;

/**
 * The result screen, below "Thank you": what the survey came to ({@link SurveyResultPanel}, with support offered
 * for the lowest band and "We will text you in 8 weeks" after a follow-up was chosen), then "Back to the start" and,
 * after another survey, the visit survey.
 */
class SurveyResultStep {

    final Button finish = new Button();
    final Button visitSurvey = new Button();
    @Nullable SurveyResultPanel result;
    private final SurveyDefinitions definitions;
    private final KioskJourneys kiosk;
    private final SurveyFollowUpStep followUp;

    SurveyResultStep(SurveyDefinitions definitions, KioskJourneys kiosk, SurveyFollowUpStep followUp,
            Runnable onFinish, Runnable onVisitSurvey) {
        this.definitions = definitions;
        this.kiosk = kiosk;
        this.followUp = followUp;
        finish.setText(finish.getTranslation("kiosk.survey.finish"));
        finish.setIcon(VaadinIcon.HOME.create());
        finish.addThemeVariants(ButtonVariant.LUMO_LARGE);
        finish.addClickListener(e -> onFinish.run());
        visitSurvey.setText(visitSurvey.getTranslation("kiosk.survey.visit"));
        visitSurvey.addThemeVariants(ButtonVariant.LUMO_LARGE);
        visitSurvey.addClassName("kiosk-secondary");
        visitSurvey.addClickListener(e -> onVisitSurvey.run());
    }

    /** What the recorded response came to, and the ways on from it. */
    SurveyResultPanel panel(Survey asked, SurveyReceipt receipt) {
        SurveyResultPanel shown = new SurveyResultPanel(receipt.result(),
                isLowest(asked, receipt.result().bandId()), followUp.resultLine(), new SurveyResultPanel.Ways() {
                    @Override
                    public String categoryLabel(Category category) {
                        return kiosk.categoryLabel(category);
                    }

                    @Override
                    public void showCategory(Category category) {
                        kiosk.showCategory(category);
                    }

                    @Override
                    public void askUsToCallYou() {
                        kiosk.askUsToCallYou("survey/" + asked.id() + "/" + SurveyView.RESULT);
                    }
                });
        result = shown;
        return shown;
    }

    Div actions(Survey asked) {
        Div actions = new Div(finish);
        actions.addClassName("kiosk-actions");
        if (!SurveyView.VISIT_SURVEY.equals(asked.id()) && definitions.isOffered(SurveyView.VISIT_SURVEY)) {
            actions.add(visitSurvey);
        }
        return actions;
    }

    /** The lowest of the survey's bands (they are listed lowest first): where support is offered. */
    static boolean isLowest(Survey asked, @Nullable String bandId) {
        return bandId != null && !asked.bands().isEmpty() && asked.bands().get(0).id().equals(bandId);
    }
}
