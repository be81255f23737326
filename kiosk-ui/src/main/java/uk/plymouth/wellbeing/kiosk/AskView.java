package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.plymouth.wellbeing.signposting.assistant.ModelAnswer;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.conversation.QuestionAnswer;
import uk.plymouth.wellbeing.signposting.conversation.QuestionAnswers;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/**
 * "Ask a question": one big field (the on-screen keyboard opens on it), the answer in large words read out by
 * screen readers, the crisis help straight under the heading (above the question and the answer) when the words may
 * mean a crisis, the services it found as cards, and a big button for the next step it offers. What to answer is
 * decided by {@link QuestionAnswers}; the last question and answer are kept in {@link KioskState}, so they are gone
 * after the idle reset or "Start again". With a language model the answer may take seconds: the screen says it is
 * looking and pushes the answer when it comes.
 */
@Route(value = "ask", layout = KioskLayout.class)
@AnonymousAllowed
class AskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "ask";
    static final String TYPED = "element.value";

    final H1 heading = new H1();
    final TextField question = new TextField();
    final Button ask = new Button();
    final Div answer = new Div();
    final Paragraph answerText = new Paragraph();
    final Paragraph byModel = new Paragraph();
    final Div cards = new Div();
    final Button callMe = new Button();
    final Button survey = new Button();
    final Paragraph waiting = new Paragraph();
    private final QuestionAnswers questionAnswers;
    private final KioskState state;
    private final Catalogue catalogue;
    private final ItemWords words;
    private final Optional<String> wellbeingSurvey;
    private final CrisisHelpSlot crisisHelp;

    AskView(QuestionAnswers questionAnswers, KioskState state, Catalogue catalogue, ItemWords words,
            SurveyDefinitions surveys, CrisisLines crisisLines) {
        this.questionAnswers = questionAnswers;
        this.crisisHelp = new CrisisHelpSlot(this, heading, crisisLines, state, ROUTE);
        this.state = state;
        this.catalogue = catalogue;
        this.words = words;
        this.wellbeingSurvey = HomeView.wellbeingSurvey(surveys);
        addClassName("kiosk-ask");
        heading.setText(getTranslation("kiosk.ask.title"));
        Paragraph intro = new Paragraph(getTranslation("kiosk.ask.intro"));
        question.setLabel(getTranslation("kiosk.ask.label"));
        question.setPlaceholder(getTranslation("kiosk.ask.placeholder"));
        question.setMaxLength(QuestionAnswers.MAX_LENGTH);
        question.setClearButtonVisible(true);
        question.addClassName("kiosk-ask-field");
        question.getElement().setAttribute("data-keyboard", "text");
        question.getElement().setAttribute("autocomplete", "off");
        question.getElement().setAttribute("enterkeyhint", "send");
        // Enter is recognised in the browser, which sends the words as typed, so the answer never comes for a
        // value still waiting to be sent (as in SearchBox)
        question.getElement().addEventListener("keydown", e -> answer(e.getEventData().hasKey(TYPED)
                ? e.getEventData().getString(TYPED) : question.getValue()))
                .setFilter("event.key === 'Enter'").addEventData(TYPED);
        ask.setText(getTranslation("kiosk.ask.button"));
        ask.setIcon(VaadinIcon.ARROW_RIGHT.create());
        ask.setIconAfterText(true);
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        ask.addClickListener(e -> answer(question.getValue()));
        Div row = new Div(question, ask);
        row.addClassNames("kiosk-search-row", "kiosk-ask-row");
        answerText.addClassName("kiosk-ask-text");
        byModel.addClassName("kiosk-ask-note");
        byModel.setText(getTranslation("kiosk.ask.byModel"));
        cards.addClassName("kiosk-cards");
        callMe.setText(getTranslation("kiosk.callback.start"));
        callMe.setIcon(VaadinIcon.PHONE.create());
        callMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        // their question is a start for "what is it about"; they see it, and can change it, on that question
        callMe.addClickListener(e -> CallMeView.start(state, ROUTE,
                answers -> answers.aboutWords(Objects.requireNonNullElse(state.askedQuestion(), ""))));
        survey.setText(getTranslation("kiosk.ask.survey"));
        survey.setIcon(VaadinIcon.SMILEY_O.create());
        survey.addThemeVariants(ButtonVariant.LUMO_LARGE);
        survey.addClickListener(e -> wellbeingSurvey.ifPresent(id -> UI.getCurrent().navigate("survey/" + id
                + "/start")));
        waiting.setText(getTranslation("kiosk.ask.waiting"));
        waiting.addClassName("kiosk-ask-text");
        answer.addClassName("kiosk-ask-answer");
        answer.getElement().setAttribute("aria-live", "polite");
        add(heading, intro, row, answer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        question.setValue(Objects.requireNonNullElse(state.askedQuestion(), ""));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.ask.pageTitle");
    }

    private void answer(String typed) {
        String words = typed.strip();
        if (!questionAnswers.usesModel()) {
            state.asked(words, questionAnswers.answer(state.askId(), words, state.hubId()));
            render();
            return;
        }
        // a model may take seconds: the screen says so and stays alive, and the answer is pushed when it comes
        UI ui = UI.getCurrent();
        String askId = state.askId();
        String hubId = state.hubId();
        ask.setEnabled(false);
        answer.removeAll();
        answer.add(waiting);
        Thread thinking = new Thread(() -> {
            QuestionAnswer reply = questionAnswers.answer(askId, words, hubId);
            ui.access(() -> {
                state.asked(words, reply);
                ask.setEnabled(true);
                render();
            });
        }, "kiosk-ask");
        thinking.setDaemon(true);
        thinking.start();
    }

    private void render() {
        answer.removeAll();
        cards.removeAll();
        QuestionAnswer reply = state.askedAnswer();
        crisisHelp.show(reply == null ? null : reply.crisisKind(), getLocale());
        if (reply == null) {
            return;
        }
        answerText.setText(reply.byModel() ? reply.text()
                : getTranslation("kiosk.ask.answer." + reply.kind().name().toLowerCase(Locale.ROOT)));
        answer.add(new H2(getTranslation("kiosk.ask.answerHeading")), answerText);
        if (reply.byModel()) {
            answer.add(byModel);
        }
        Locale locale = UI.getCurrent().getLocale();
        for (ModelAnswer.FoundItem found : reply.items()) {
            catalogue.item(found.itemId()).ifPresent(item -> {
                ResultCard card = new ResultCard(words.card(item, found.hubId(), locale));
                card.addOpenListener(e -> UI.getCurrent().navigate(DetailView.href(e.id()),
                        QueryParameters.simple(Map.of(DetailView.FROM, ROUTE))));
                cards.add(card);
            });
        }
        if (cards.getComponentCount() > 0) {
            answer.add(cards);
        }
        // in a crisis the panel above already offers an urgent call: one call button, not two
        if (reply.offer() == ModelAnswer.Offer.CALLBACK && !reply.crisis()) {
            answer.add(offer(callMe));
        } else if (reply.offer() == ModelAnswer.Offer.SURVEY && wellbeingSurvey.isPresent()) {
            answer.add(offer(survey));
        }
    }

    private static Div offer(Button button) {
        Div row = new Div(button);
        row.addClassName("kiosk-callme-start");
        return row;
    }
}
