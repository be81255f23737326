package uk.plymouth.wellbeing.kiosk.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import uk.plymouth.wellbeing.kiosk.KioskJourneys;
import uk.plymouth.wellbeing.kiosk.KioskLayout;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.FollowUpDelay;
import uk.plymouth.wellbeing.signposting.survey.InvalidAnswerException;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Question;
import uk.plymouth.wellbeing.signposting.survey.Scoring;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * A survey on the kiosk, GOV.UK style: {@code survey/swemwbs/start} (what it is, consent), one question per screen
 * ({@code survey/swemwbs/1} ... {@code /7}) with big answer buttons, Back and (for optional questions) Skip, then
 * (for surveys that measure change) {@code /follow-up}, "Would you like us to text you in 8 weeks to ask again?",
 * then {@code /check} and {@code /result}. The answers live in {@link SurveyProgress} (server session); an address that
 * skips ahead is sent back to the first unanswered step. The response is recorded with one call to
 * {@link SurveyResponses#record}. The kiosk's own words are translated; the survey wording comes from the survey
 * file and is English only (published scales must not be reworded or translated without the authors' leave).
 */
@Route(value = "survey/:surveyId/:step?", layout = KioskLayout.class)
@AnonymousAllowed
class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String START = "start";
    static final String FOLLOW_UP = "follow-up";
    static final String CHECK = "check";
    static final String RESULT = "result";
    /** Asked of staff, volunteers and partners, never on the residents' kiosk. */
    static final Set<String> NOT_ON_KIOSK = Set.of("staff-satisfaction");
    /** The visit survey offered after a result and from Home. */
    static final String VISIT_SURVEY = "resident-satisfaction";

    private static final Logger log = LoggerFactory.getLogger(SurveyView.class);
    private static final String HEADING_ID = "survey-heading";

    final Button back = new Button();
    final H1 heading = new H1();
    final Div problem = new Div();
    final Span progressText = new Span();
    final Button agree = new Button();
    final Button noThanks = new Button();
    final Button skip = new Button();
    final Button next = new Button();
    final Button send = new Button();
    final Button finish = new Button();
    final Button visitSurvey = new Button();
    final Paragraph attribution = new Paragraph();
    final Paragraph unavailable = new Paragraph();
    @Nullable SurveyQuestion question;
    @Nullable SurveyCheckAnswers check;
    @Nullable SurveyResultPanel result;
    @Nullable SurveyFollowUpQuestion followUp;
    private final SurveyDefinitions definitions;
    private final SurveyScorer scorer;
    private final ObjectProvider<SurveyResponses> responses;
    private final SurveyProgress progress;
    private final KioskJourneys kiosk;
    private final Div live = new Div(progressText);
    private String title = "";
    private @Nullable Survey survey;
    private int number;
    private String step = START;

    SurveyView(SurveyDefinitions definitions, SurveyScorer scorer, ObjectProvider<SurveyResponses> responses,
            SurveyProgress progress, KioskJourneys kiosk) {
        this.definitions = definitions;
        this.scorer = scorer;
        this.responses = responses;
        this.progress = progress;
        this.kiosk = kiosk;
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
        unavailable.setText(getTranslation("kiosk.survey.unavailable"));
        unavailable.addClassName("kiosk-survey-unavailable");
        agree.setText(getTranslation("kiosk.survey.agree"));
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        agree.addClickListener(e -> {
            progress.consent();
            go(1);
        });
        noThanks.setText(getTranslation("kiosk.survey.noThanks"));
        noThanks.addThemeVariants(ButtonVariant.LUMO_LARGE);
        noThanks.addClickListener(e -> leave());
        skip.setText(getTranslation("kiosk.survey.skip"));
        skip.addThemeVariants(ButtonVariant.LUMO_LARGE);
        skip.addClassName("kiosk-secondary");
        skip.addClickListener(e -> skipQuestion());
        next.setText(getTranslation("kiosk.callback.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickListener(e -> answerTyped());
        send.setText(getTranslation("kiosk.survey.check.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> record());
        finish.setText(getTranslation("kiosk.survey.finish"));
        finish.setIcon(VaadinIcon.HOME.create());
        finish.addThemeVariants(ButtonVariant.LUMO_LARGE);
        finish.addClickListener(e -> leave());
        visitSurvey.setText(getTranslation("kiosk.survey.visit"));
        visitSurvey.addThemeVariants(ButtonVariant.LUMO_LARGE);
        visitSurvey.addClassName("kiosk-secondary");
        visitSurvey.addClickListener(e -> {
            progress.forget();
            UI.getCurrent().navigate(SurveyView.class, at(VISIT_SURVEY, START));
        });
    }

    static RouteParameters at(String surveyId, String step) {
        return new RouteParameters(Map.of("surveyId", surveyId, "step", step));
    }

    // ---- where an address leads ------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("surveyId").orElse("");
        String step = event.getRouteParameters().get("step").orElse(START);
        Optional<Survey> offered = NOT_ON_KIOSK.contains(id) || !definitions.isOffered(id) ? Optional.empty()
                : definitions.current(id);
        if (offered.isEmpty()) {
            event.forwardTo("");
            return;
        }
        Survey asked = offered.get();
        survey = asked;
        if (!progress.isFor(asked) || (START.equals(step) && progress.receipt() != null)) {
            progress.begin(asked);
        }
        Optional<String> elsewhere = redirect(asked, step);
        if (elsewhere.isPresent()) {
            event.forwardTo(SurveyView.class, at(id, elsewhere.get()));
            return;
        }
        if (START.equals(step)) {
            showStart(asked);
        } else if (FOLLOW_UP.equals(step)) {
            showFollowUp(asked, null);
        } else if (CHECK.equals(step)) {
            showCheck(asked, null);
        } else if (RESULT.equals(step)) {
            showResult(asked);
        } else {
            showQuestion(asked, Integer.parseInt(step), null);
        }
    }

    /** Where to send an address that cannot be shown yet (or any more); empty when it can be. */
    private Optional<String> redirect(Survey asked, String step) {
        if (START.equals(step)) {
            return Optional.empty();
        }
        if (RESULT.equals(step)) {
            return progress.receipt() == null ? Optional.of(START) : Optional.empty();
        }
        if (progress.receipt() != null) {
            return Optional.of(RESULT);
        }
        if (!progress.consented()) {
            return Optional.of(START);
        }
        int open = progress.firstOpen();
        int count = asked.questions().size();
        if (open <= count && (CHECK.equals(step) || FOLLOW_UP.equals(step))) {
            return Optional.of(String.valueOf(open));
        }
        if (FOLLOW_UP.equals(step)) {
            return offersFollowUp(asked) ? Optional.empty() : Optional.of(CHECK);
        }
        if (CHECK.equals(step)) {
            return offersFollowUp(asked) && !progress.followUpAnswered() ? Optional.of(FOLLOW_UP) : Optional.empty();
        }
        int asking = questionNumber(step, count);
        if (asking == 0) {
            return Optional.of(START);
        }
        return asking > open ? Optional.of(String.valueOf(open)) : Optional.empty();
    }

    private static int questionNumber(String step, int count) {
        if (!step.matches("\\d{1,3}")) {
            return 0;
        }
        int asked = Integer.parseInt(step);
        return asked >= 1 && asked <= count ? asked : 0;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    // ---- the screens -------------------------------------------------------------------------------------------

    private void showStart(Survey asked) {
        number = 0;
        step = START;
        clear();
        heading.setText(asked.title());
        add(heading, new Paragraph(asked.intro()));
        if (responses.getIfAvailable() == null) {
            Button home = new Button(getTranslation("kiosk.callback.done.home"), VaadinIcon.HOME.create(),
                    e -> leave());
            home.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(unavailable, home);
        } else {
            H2 before = new H2(getTranslation("kiosk.survey.consentTitle"));
            Div actions = new Div(agree, noThanks);
            actions.addClassName("kiosk-actions");
            add(before, new Paragraph(asked.consent()), actions);
        }
        addAttribution(asked);
        titled(asked.title());
    }

    private void showQuestion(Survey asked, int shown, @Nullable String problemText) {
        number = shown;
        step = String.valueOf(shown);
        clear();
        Question q = asked.questions().get(shown - 1);
        String of = getTranslation("kiosk.survey.questionOf", shown, asked.questions().size());
        progressText.setText(of);
        add(back, live);
        showProblem(problemText);
        if (asked.instructions() != null) {
            add(hint(asked.instructions()));
        }
        heading.setText(q.text());
        add(heading);
        SurveyQuestion answers = new SurveyQuestion(q, progress.answer(q.id()).orElse(null), HEADING_ID,
                value -> answer(q, Answer.number(q.id(), value)));
        question = answers;
        add(answers);
        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (SurveyQuestion.isTyped(q)) {
            actions.add(next);
        }
        if (!q.required()) {
            actions.add(skip);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        addAttribution(asked);
        titled(of + " - " + asked.title());
    }

    /** "Would you like us to text you in 8 weeks ...?": only for surveys that measure change. */
    private void showFollowUp(Survey asked, @Nullable String problemText) {
        number = asked.questions().size() + 1;
        step = FOLLOW_UP;
        clear();
        add(back);
        showProblem(problemText);
        heading.setText(getTranslation("kiosk.survey.followUp.title", delayInWords()));
        followUp = new SurveyFollowUpQuestion(HEADING_ID, progress.followUpPhone(),
                new SurveyFollowUpQuestion.Choice() {
                    @Override
                    public void noThanks() {
                        progress.followUp(null);
                        go(CHECK);
                    }

                    @Override
                    public void textMe(String typed) {
                        chooseFollowUp(typed);
                    }
                });
        add(heading, followUp);
        addAttribution(asked);
        titled(heading.getText() + " - " + asked.title());
    }

    private void showCheck(Survey asked, @Nullable String problemText) {
        number = asked.questions().size() + 1;
        step = CHECK;
        progress.changing(false);
        clear();
        add(back);
        showProblem(problemText);
        heading.setText(getTranslation("kiosk.survey.check.title"));
        SurveyCheckAnswers answers = new SurveyCheckAnswers(asked, progress, this::change);
        if (offersFollowUp(asked)) {
            PhoneNumber phone = progress.followUpPhone();
            answers.followUp(getTranslation("kiosk.survey.followUp.check", delayInWords()), phone == null
                    ? getTranslation("kiosk.survey.followUp.no")
                    : getTranslation("kiosk.survey.followUp.checkYes", phone.national()), () -> {
                        progress.changing(true);
                        go(FOLLOW_UP);
                    });
        }
        check = answers;
        send.setEnabled(true);
        add(heading, check, send);
        titled(heading.getText() + " - " + asked.title());
    }

    private void showResult(Survey asked) {
        clear();
        SurveyReceipt receipt = progress.receipt();
        if (receipt == null) {
            return;
        }
        heading.setText(getTranslation("kiosk.survey.result.title"));
        String texted = progress.followUpBooked() ? getTranslation("kiosk.survey.followUp.result", delayInWords())
                : null;
        result = new SurveyResultPanel(receipt.result(), isLowest(asked, receipt.result().bandId()), texted,
                new SurveyResultPanel.Ways() {
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
                        kiosk.askUsToCallYou("survey/" + asked.id() + "/" + RESULT);
                    }
                });
        add(heading, result);
        addAttribution(asked);
        Div actions = new Div(finish);
        actions.addClassName("kiosk-actions");
        if (!VISIT_SURVEY.equals(asked.id()) && definitions.isOffered(VISIT_SURVEY)) {
            actions.add(visitSurvey);
        }
        add(actions);
        titled(heading.getText() + " - " + asked.title());
    }

    /** The lowest of the survey's bands (they are listed lowest first): where support is offered. */
    static boolean isLowest(Survey asked, @Nullable String bandId) {
        return bandId != null && !asked.bands().isEmpty() && asked.bands().get(0).id().equals(bandId);
    }

    /**
     * Whether to ask "Would you like us to text you ...?": only surveys that measure change (scored ones) and that
     * can be answered again by text (they have a keyword), since the follow-up is a text inviting that.
     */
    private boolean offersFollowUp(Survey asked) {
        return asked.scoring() != Scoring.NONE && asked.keyword() != null && responses.getIfAvailable() != null;
    }

    // ---- answering ---------------------------------------------------------------------------------------------

    /** A tapped answer: checked against its question, kept, and on to the next screen. */
    void answer(Question q, Answer given) {
        try {
            scorer.check(q, given);
        } catch (InvalidAnswerException e) {
            showQuestion(asked(), number, e.getMessage());
            return;
        }
        progress.answer(given);
        onwards();
    }

    /** "Continue" on a free-text question: read as the scorer reads it (a blank optional answer is a skip). */
    private void answerTyped() {
        Question q = asked().questions().get(number - 1);
        try {
            Optional<Answer> given = scorer.read(q, question == null ? "" : question.typed());
            if (given.isPresent()) {
                progress.answer(given.get());
            } else {
                progress.skip(q.id());
            }
        } catch (InvalidAnswerException e) {
            String typed = question == null ? "" : question.typed();
            showQuestion(asked(), number, e.getMessage());
            if (question != null && question.words != null) {
                question.words.setValue(typed);
                question.words.setErrorMessage(e.getMessage());
                question.words.setInvalid(true);
            }
            return;
        }
        onwards();
    }

    private void skipQuestion() {
        progress.skip(asked().questions().get(number - 1).id());
        onwards();
    }

    private void onwards() {
        boolean last = number >= asked().questions().size();
        if (progress.changing()) {
            go(CHECK);
        } else if (last) {
            go(offersFollowUp(asked()) && !progress.followUpAnswered() ? FOLLOW_UP : CHECK);
        } else {
            go(number + 1);
        }
    }

    /** "Yes, text me" with a number: kept if it is a UK mobile, else the problem shown next to it. */
    private void chooseFollowUp(String typed) {
        try {
            progress.followUp(PhoneNumber.parseUkMobile(typed));
        } catch (InvalidPhoneNumberException e) {
            String why = phoneProblem(e);
            showFollowUp(asked(), why);
            if (followUp != null) {
                followUp.refuse(typed, why);
            }
            return;
        }
        go(CHECK);
    }

    /** The domain's plain-English message; in another language, that language's words for the same problem. */
    private String phoneProblem(InvalidPhoneNumberException e) {
        if ("en".equals(UI.getCurrent().getLocale().getLanguage())) {
            return e.getMessage();
        }
        String key = e.problem() == InvalidPhoneNumberException.Problem.NOT_MOBILE
                ? "kiosk.survey.followUp.notMobile" : "kiosk.callback.phone.problem." + e.problem().name();
        String translated = getTranslation(key);
        return translated.equals(key) ? e.getMessage() : translated;
    }

    /** "8 weeks": when the follow-up text is due, from the storage's setting, in the kiosk's language. */
    private String delayInWords() {
        FollowUpDelay delay = FollowUpDelay.of(responses.getObject().followUpAfter());
        return getTranslation(delay.weeks() ? "kiosk.survey.followUp.weeks" : "kiosk.survey.followUp.days",
                delay.count());
    }

    /** "Send my answers": the one call to the survey storage. */
    private void record() {
        Survey asked = asked();
        SurveyResponses storage = responses.getIfAvailable();
        if (storage == null) {
            showCheck(asked, getTranslation("kiosk.survey.unavailable"));
            return;
        }
        String language = UI.getCurrent().getLocale().getLanguage();
        NewSurveyResponse response = new NewSurveyResponse(asked.id(), asked.version(), kiosk.hubId(),
                SurveyChannel.KIOSK, language, progress.answers(), progress.followUpPhone(), null);
        try {
            progress.receipt(storage.record(response));
        } catch (InvalidAnswerException e) {
            showCheck(asked, e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            log.warn("Survey response refused: {} ({})", e.getMessage(), response);
            showCheck(asked, getTranslation("kiosk.survey.unavailable"));
            return;
        }
        log.info("Survey {} v{} answered on the kiosk at {}{}", asked.id(), asked.version(), response.hubId(),
                response.followUpPhone() != null ? ", follow-up asked for" : "");
        go(RESULT);
    }

    private void change(int questionNumber) {
        progress.changing(true);
        go(questionNumber);
    }

    private void goBack() {
        if (CHECK.equals(step)) {
            go(offersFollowUp(asked()) ? FOLLOW_UP : String.valueOf(asked().questions().size()));
        } else if (FOLLOW_UP.equals(step) && !progress.changing()) {
            go(asked().questions().size());
        } else if (progress.changing()) {
            go(CHECK);
        } else if (number <= 1) {
            go(START);
        } else {
            go(number - 1);
        }
    }

    private void leave() {
        progress.forget();
        kiosk.home();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Survey asked() {
        if (survey == null) {
            throw new IllegalStateException("no survey on screen");
        }
        return survey;
    }

    private void go(int questionNumber) {
        go(String.valueOf(questionNumber));
    }

    private void go(String step) {
        UI.getCurrent().navigate(SurveyView.class, at(asked().id(), step));
    }

    private void clear() {
        removeAll();
        problem.removeAll();
        question = null;
        check = null;
        result = null;
        followUp = null;
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
