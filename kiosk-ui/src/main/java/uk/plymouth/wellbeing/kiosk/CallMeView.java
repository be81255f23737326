package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackProperties;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.crisis.CrisisCheck;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;

/**
 * "Ask us to call you", GOV.UK style: one question per screen ({@code call-me/name}, {@code call-me/phone}, ...),
 * a big Back button, problems shown above the question and next to the field with what was typed kept, then
 * "Check your answers" and the reference. The answers live in {@link KioskState}; {@link CallMeAnswers} decides
 * where each answer leads; the request is made with one call to {@link CallbackQueue#request}.
 */
@Route(value = "call-me", layout = KioskLayout.class)
@AnonymousAllowed
class CallMeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final int QUESTIONS = CallMeStep.CHECK.ordinal();

    final Button back = new Button();
    final H1 heading = new H1();
    final Div problem = new Div();
    final Button next = new Button();
    @Nullable CallMeQuestion question;
    @Nullable CallMeCheckAnswers check;
    @Nullable CallMeConfirmation confirmation;
    private final KioskState state;
    private final CallbackQueue queue;
    private final Catalogue catalogue;
    private final KioskHubs hubs;
    private final ItemWords words;
    private final CallbackProperties callbacks;
    private final Clock clock;
    private final CrisisCheck crisis;
    private CallMeStep step = CallMeStep.NAME;

    CallMeView(KioskState state, CallbackQueue queue, Catalogue catalogue, KioskHubs hubs, ItemWords words,
            CallbackProperties callbacks, Clock clock, CrisisCheck crisis) {
        this.state = state;
        this.queue = queue;
        this.catalogue = catalogue;
        this.hubs = hubs;
        this.words = words;
        this.callbacks = callbacks;
        this.clock = clock;
        this.crisis = crisis;
        addClassName("kiosk-callme");
        back.setText(getTranslation("kiosk.callback.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("kiosk-back");
        back.addClickListener(e -> goBack());
        heading.getElement().setAttribute("tabindex", "-1");
        problem.addClassName("kiosk-error-summary");
        problem.getElement().setAttribute("role", "alert");
        problem.getElement().setAttribute("tabindex", "-1");
        next.setText(getTranslation("kiosk.callback.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("kiosk-continue");
        next.addClickListener(e -> answer());
    }

    /** Starts a fresh request from {@code origin} (a route to go back to, "" for Home), maybe partly answered. */
    static void start(KioskState state, String origin, Consumer<CallMeAnswers> prefill) {
        state.callMe().begin(origin, state.hubId());
        prefill.accept(state.callMe());
        UI.getCurrent().navigate(CallMeView.class, CallMeStep.NAME.path());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String path) {
        CallMeAnswers answers = state.callMe();
        Optional<CallMeStep> asked = CallMeStep.fromPath(path == null ? "" : path);
        if (asked.isEmpty()) {
            event.forwardTo(CallMeView.class, CallMeStep.NAME.path());
        } else if (asked.get() == CallMeStep.DONE && answers.receipt() == null) {
            event.forwardTo(HomeView.class);
        } else if (asked.get() == CallMeStep.CHECK && answers.firstUnanswered().isPresent()) {
            event.forwardTo(CallMeView.class, answers.firstUnanswered().get().path());
        } else {
            show(asked.get(), null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.callback.pageTitle", heading.getText());
    }

    /** Draws a step's screen, with a problem to put right if there is one; focus goes to the heading or problem. */
    private void show(CallMeStep shown, @Nullable String problemText) {
        step = shown;
        removeAll();
        problem.removeAll();
        question = null;
        check = null;
        confirmation = null;
        if (step != CallMeStep.DONE) {
            add(back);
        }
        if (problemText != null) {
            problem.add(new H2(getTranslation("kiosk.callback.problem")));
            add(problem);
        }
        if (step.isQuestion()) {
            Span caption = new Span(getTranslation("kiosk.callback.stepOf", step.ordinal() + 1, QUESTIONS));
            caption.addClassName("kiosk-caption");
            add(caption);
        }
        heading.setText(getTranslation("kiosk.callback." + step.path() + ".title"));
        add(heading);
        Component field = switch (step) {
            case CHECK -> checkPage();
            case DONE -> confirmationPage();
            default -> questionPage();
        };
        if (problemText != null) {
            NativeButton link = new NativeButton(problemText, e -> focus(field));
            link.addClassName("kiosk-error-link");
            problem.add(link);
            problem.getElement().executeJs("this.focus()");
        } else {
            heading.getElement().executeJs("this.focus()");
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Component questionPage() {
        CallMeAnswers answers = state.callMe();
        CallMeQuestion.Context context = new CallMeQuestion.Context(catalogue, words, catalogue.hubs(),
                hubs.hub(chosenHub()), callbacks.retention().toDays());
        CallMeQuestion shown = new CallMeQuestion(step, answers, context, this::answer,
                () -> go(answers.after(CallMeStep.ABOUT)));
        Div actions = new Div(next);
        actions.addClassName("kiosk-actions");
        if (shown.preferNotToSay != null) {
            shown.preferNotToSay.addClickListener(e -> {
                answers.preferNotToSayName();
                go(answers.after(CallMeStep.NAME));
            });
            actions.add(shown.preferNotToSay);
        }
        question = shown;
        add(shown, actions);
        Component field = shown.field();
        return field == null ? shown : field;
    }

    private Component checkPage() {
        CallMeCheckAnswers answers = new CallMeCheckAnswers(state.callMe(), this::change, catalogue, words,
                hubs.hub(chosenHub()));
        Button send = new Button(getTranslation("kiosk.callback.check.send"), VaadinIcon.PHONE.create(),
                e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        answers.send = send;
        check = answers;
        add(answers, send);
        return send;
    }

    private Component confirmationPage() {
        confirmation = new CallMeConfirmation(state.callMe().receipt(), clock, () -> {
            state.callMe().forget();
            UI.getCurrent().getPage().executeJs("window.kioskStartAgain && window.kioskStartAgain()");
        }, () -> {
            state.callMe().forget();
            UI.getCurrent().navigate(HomeView.class);
        });
        add(confirmation);
        return confirmation;
    }

    // ---- answering ---------------------------------------------------------------------------------------------

    /** "Continue": hands the answer on this screen to {@link CallMeAnswers}; moves on, or shows what to put right. */
    void answer() {
        if (question == null) {
            return;
        }
        try {
            if (question.answer()) {
                go(state.callMe().after(step));
            } else {
                refuse(step, getTranslation("kiosk.callback." + step.path() + ".missing"));
            }
        } catch (InvalidPhoneNumberException e) {
            refuse(step, phoneProblem(e));
        }
    }

    /** "Send my request": the one call to the queue. What it refuses is shown on the question it is about. */
    private void send() {
        CallMeAnswers answers = state.callMe();
        // what they wrote it is about may mean a crisis: the request jumps the queue, as from the crisis help
        answers.aboutRead(crisis.assess(answers.aboutText()));
        try {
            answers.send(queue, chosenHub());
            go(CallMeStep.DONE);
        } catch (InvalidPhoneNumberException e) {
            refuse(CallMeRefusal.questionFor(e, answers.wantsText()), phoneProblem(e));
        } catch (IllegalArgumentException e) {
            refuse(CallMeRefusal.questionFor(e, answers.wantsText()), CallMeRefusal.withoutFieldName(e));
        }
    }

    private void refuse(CallMeStep where, String why) {
        if (where != step) {
            state.callMe().changing(where);
            UI.getCurrent().navigate(CallMeView.class, where.path());
        }
        show(where, why);
        if (question == null) {
            return;
        }
        CallMeFields.markInvalid(question.field(), why);
        if (question.textMe != null && question.textMe == question.field()) {
            Button changePhone = new Button(getTranslation("kiosk.callback.consent.changePhone"),
                    e -> change(CallMeStep.PHONE));
            changePhone.addClassName("kiosk-secondary");
            question.add(changePhone);
        }
    }

    /** A "Change" link on the check page: that question, then back to the check page. */
    void change(CallMeStep question) {
        state.callMe().changing(question);
        go(question);
    }

    private void go(CallMeStep to) {
        UI.getCurrent().navigate(CallMeView.class, to.path());
    }

    private void goBack() {
        Optional<CallMeStep> before = state.callMe().before(step);
        if (before.isEmpty()) {
            UI.getCurrent().navigate(state.callMe().origin());
            return;
        }
        if (before.get() == CallMeStep.CHECK) {
            state.callMe().changing(CallMeStep.CHECK);
        }
        go(before.get());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String chosenHub() {
        String chosen = state.callMe().hubId();
        if (chosen != null) {
            return chosen;
        }
        return state.hubId() != null ? state.hubId() : hubs.resolve(null);
    }

    /** The domain's plain-English message; in another language, that language's words for the same problem. */
    private String phoneProblem(InvalidPhoneNumberException e) {
        String key = "kiosk.callback.phone.problem." + e.problem().name();
        String translated = getTranslation(key);
        return "en".equals(UI.getCurrent().getLocale().getLanguage()) || translated.equals(key) ? e.getMessage()
                : translated;
    }

    private static void focus(Component field) {
        field.getElement().executeJs("this.focus()");
    }
}
