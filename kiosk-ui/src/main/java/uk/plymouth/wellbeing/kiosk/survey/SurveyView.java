package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import uk.plymouth.wellbeing.kiosk.KioskJourneys;
import uk.plymouth.wellbeing.kiosk.KioskLayout;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyProperties;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * A survey on the kiosk, GOV.UK style: {@code survey/swemwbs/start} (what it is, consent), one question per screen
 * ({@code survey/swemwbs/1} ... {@code /7}) with big answer buttons, Back and (for optional questions) Skip, then
 * (for surveys that measure change) {@code /follow-up}, "Would you like us to text you in 8 weeks to ask again?",
 * then {@code /check} and {@code /result}. The answers live in {@link SurveyProgress} (server session); an address
 * that skips ahead is sent back to the first unanswered step ({@link SurveyAddresses}). This view is the frame every
 * step shares (Back, heading, problem, copyright line, page title); each step's content and actions are its own
 * class. The kiosk's own words are translated; the survey wording comes from the survey file and is English only
 * (published scales must not be reworded or translated without the authors' leave).
 */
@Route(value = "survey/:surveyId/:step?", layout = KioskLayout.class)
@AnonymousAllowed
class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle, SurveyPage {

    static final String START = "start";
    static final String FOLLOW_UP = "follow-up";
    static final String CHECK = "check";
    static final String RESULT = "result";
    /** The visit survey offered after a result and from Home. */
    static final String VISIT_SURVEY = "resident-satisfaction";

    private static final String HEADING_ID = "survey-heading";

    final Button back = new Button();
    final H1 heading = new H1();
    final Div problem = new Div();
    final Span progressText = new Span();
    final Paragraph attribution = new Paragraph();
    final SurveyFollowUpStep followUp;
    final SurveyQuestionStep questions;
    final SurveyCheckStep checking;
    final SurveyResultStep results;
    @Nullable SurveyStartPanel start;
    private final SurveyDefinitions definitions;
    private final SurveyProperties settings;
    private final ObjectProvider<SurveyResponses> responses;
    private final SurveyProgress progress;
    private final KioskJourneys kiosk;
    private final Div live = new Div(progressText);
    private String title = "";
    private @Nullable Survey survey;
    private String step = START;

    SurveyView(SurveyDefinitions definitions, SurveyProperties settings, SurveyScorer scorer,
            ObjectProvider<SurveyResponses> responses, SurveyProgress progress, KioskJourneys kiosk) {
        this.definitions = definitions;
        this.settings = settings;
        this.responses = responses;
        this.progress = progress;
        this.kiosk = kiosk;
        followUp = new SurveyFollowUpStep(responses, progress, this);
        questions = new SurveyQuestionStep(scorer, progress, this, followUp);
        checking = new SurveyCheckStep(responses, progress, kiosk, this, followUp);
        results = new SurveyResultStep(definitions, kiosk, followUp, this::leave, () -> {
            progress.forget();
            UI.getCurrent().navigate(SurveyView.class, at(VISIT_SURVEY, START));
        });
        addClassName("kiosk-survey");
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        back.setText(getTranslation("kiosk.callback.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("kiosk-back");
        back.addClickListener(e -> goBack());
        problem.addClassName("kiosk-error-summary");
        problem.getElement().setAttribute("role", "alert");
        problem.getElement().setAttribute("tabindex", "-1");
        progressText.addClassName("kiosk-caption");
        live.getElement().setAttribute("aria-live", "polite");
        live.addClassName("kiosk-survey-progress");
        attribution.addClassName("kiosk-survey-attribution");
    }

    static RouteParameters at(String surveyId, String step) {
        return new RouteParameters(Map.of("surveyId", surveyId, "step", step));
    }

    // ---- where an address leads ------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("surveyId").orElse("");
        String asking = event.getRouteParameters().get("step").orElse(START);
        // surveys for staff, volunteers and partners (hub.surveys.staff-only) are never on the residents' kiosk
        Optional<Survey> offered = !settings.forResidents(id) || !definitions.isOffered(id) ? Optional.empty()
                : definitions.current(id);
        if (offered.isEmpty()) {
            event.forwardTo("");
            return;
        }
        Survey asked = offered.get();
        survey = asked;
        if (!progress.isFor(asked) || (START.equals(asking) && progress.receipt() != null)) {
            progress.begin(asked);
        }
        Optional<String> elsewhere = SurveyAddresses.redirect(asked, asking, progress, followUp.offeredFor(asked));
        if (elsewhere.isPresent()) {
            event.forwardTo(SurveyView.class, at(id, elsewhere.get()));
            return;
        }
        step = asking;
        show(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ---- the screens -------------------------------------------------------------------------------------------

    /** The step in the address, with a problem to put right (or null). */
    private void show(@Nullable String problemText) {
        Survey asked = asked();
        clear();
        if (START.equals(step)) {
            heading.setText(asked.title());
            start = new SurveyStartPanel(asked, responses.getIfAvailable() != null, this::agree, this::leave);
            add(heading, start);
            addAttribution(asked);
            titled(asked.title());
            return;
        }
        if (RESULT.equals(step)) {
            showResult(asked);
            return;
        }
        int count = asked.questions().size();
        int number = SurveyAddresses.questionNumber(step, count);
        String caption = number > 0 ? getTranslation("kiosk.survey.questionOf", number, count) : "";
        progressText.setText(caption);
        add(back);
        if (number > 0) {
            add(live);
        }
        showProblem(problemText);
        if (number > 0) {
            if (asked.instructions() != null) {
                add(hint(asked.instructions()));
            }
            heading.setText(asked.questions().get(number - 1).text());
            add(heading, questions.form(number, HEADING_ID));
            addAttribution(asked);
            titled(caption + " - " + asked.title());
        } else if (FOLLOW_UP.equals(step)) {
            heading.setText(followUp.title());
            add(heading, followUp.form(HEADING_ID));
            addAttribution(asked);
            titled(heading.getText() + " - " + asked.title());
        } else {
            heading.setText(getTranslation("kiosk.survey.check.title"));
            add(heading, checking.answers(asked), checking.send);
            titled(heading.getText() + " - " + asked.title());
        }
    }

    private void showResult(Survey asked) {
        SurveyReceipt receipt = progress.receipt();
        if (receipt == null) {
            return;
        }
        heading.setText(getTranslation("kiosk.survey.result.title"));
        add(heading, results.panel(asked, receipt));
        addAttribution(asked);
        add(results.actions(asked));
        titled(heading.getText() + " - " + asked.title());
    }

    @Override
    public void showAgain(@Nullable String problemText) {
        show(problemText);
    }

    // ---- moving between steps ----------------------------------------------------------------------------------

    private void agree() {
        progress.consent();
        go("1");
    }

    private void goBack() {
        Survey asked = asked();
        if (CHECK.equals(step)) {
            go(checking.before(asked));
        } else if (FOLLOW_UP.equals(step)) {
            go(followUp.before(asked));
        } else {
            go(questions.before(SurveyAddresses.questionNumber(step, asked.questions().size())));
        }
    }

    private void leave() {
        progress.forget();
        kiosk.home();
    }

    @Override
    public Survey asked() {
        if (survey == null) {
            throw new IllegalStateException("no survey on screen");
        }
        return survey;
    }

    @Override
    public void go(String to) {
        UI.getCurrent().navigate(SurveyView.class, at(asked().id(), to));
    }

    // ---- the frame ---------------------------------------------------------------------------------------------

    private void clear() {
        removeAll();
        problem.removeAll();
        start = null;
        questions.question = null;
        followUp.question = null;
        checking.check = null;
        results.result = null;
    }

    private void showProblem(@Nullable String problemText) {
        if (problemText == null) {
            return;
        }
        problem.add(new H2(getTranslation("kiosk.callback.problem")), new Paragraph(problemText));
        add(problem);
    }

    private void addAttribution(Survey asked) {
        if (asked.attribution() != null) {
            attribution.setText(asked.attribution());
            add(attribution);
        }
    }

    /** The page title, and focus to the heading (or to the problem, when there is one) as a new page would. */
    private void titled(String text) {
        title = text;
        UI.getCurrent().getPage().setTitle(text);
        (problem.getComponentCount() > 0 ? problem : heading).getElement().executeJs("this.focus()");
    }

    private static Component hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("kiosk-hint");
        return hint;
    }
}
