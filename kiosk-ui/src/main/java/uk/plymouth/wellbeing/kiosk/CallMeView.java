package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackProperties;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
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

    static final String ROUTE = "call-me";
    static final int QUESTIONS = CallMeStep.CHECK.ordinal();

    final Button back = new Button();
    final H1 heading = new H1();
    final Div problem = new Div();
    final Div question = new Div();
    final Button next = new Button();
    @Nullable TextField name;
    @Nullable Button preferNotToSay;
    @Nullable TextField phone;
    @Nullable CategoryTiles tiles;
    @Nullable TextArea aboutText;
    @Nullable RadioButtonGroup<BestTime> bestTime;
    @Nullable RadioButtonGroup<Boolean> voicemail;
    @Nullable RadioButtonGroup<Boolean> sayHub;
    @Nullable RadioButtonGroup<Hub> hub;
    @Nullable Checkbox consent;
    @Nullable Checkbox textMe;
    @Nullable CallMeCheckAnswers check;
    @Nullable CallMeConfirmation confirmation;
    private final KioskState state;
    private final CallbackQueue queue;
    private final Catalogue catalogue;
    private final KioskHubs hubs;
    private final ItemWords words;
    private final CallbackProperties callbacks;
    private final Clock clock;
    private CallMeStep step = CallMeStep.NAME;

    CallMeView(KioskState state, CallbackQueue queue, Catalogue catalogue, KioskHubs hubs, ItemWords words,
            CallbackProperties callbacks, Clock clock) {
        this.state = state;
        this.queue = queue;
        this.catalogue = catalogue;
        this.hubs = hubs;
        this.words = words;
        this.callbacks = callbacks;
        this.clock = clock;
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
            return;
        }
        if (asked.get() == CallMeStep.DONE && answers.receipt() == null) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (asked.get() == CallMeStep.CHECK && answers.firstUnanswered().isPresent()) {
            event.forwardTo(CallMeView.class, answers.firstUnanswered().get().path());
            return;
        }
        show(asked.get(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.callback.pageTitle", heading.getText());
    }

    /** Draws a step's screen, with a problem to put right if there is one. */
    private void show(CallMeStep shown, @Nullable String problemText) {
        step = shown;
        removeAll();
        question.removeAll();
        clearFields();
        problem.removeAll();
        next.setVisible(step.isQuestion());
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
        add(heading, question);
        Component field = switch (step) {
            case NAME -> nameQuestion();
            case PHONE -> phoneQuestion();
            case ABOUT -> aboutQuestion();
            case TIME -> timeQuestion();
            case SAFE -> safeQuestion();
            case HUB -> hubQuestion();
            case CONSENT -> consentQuestion();
            case CHECK -> checkPage();
            case DONE -> confirmationPage();
        };
        if (step.isQuestion()) {
            Div actions = new Div(next);
            actions.addClassName("kiosk-actions");
            if (preferNotToSay != null) {
                actions.add(preferNotToSay);
            }
            add(actions);
        }
        if (problemText != null) {
            Button link = new Button(problemText, e -> focus(field));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("kiosk-error-link");
            problem.add(link);
            problem.getElement().executeJs("this.focus()");
        } else {
            heading.getElement().executeJs("this.focus()");
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void clearFields() {
        name = null;
        preferNotToSay = null;
        phone = null;
        tiles = null;
        aboutText = null;
        bestTime = null;
        voicemail = null;
        sayHub = null;
        hub = null;
        consent = null;
        textMe = null;
        check = null;
        confirmation = null;
    }

    // ---- the questions -----------------------------------------------------------------------------------------

    private Component nameQuestion() {
        question.add(hint("kiosk.callback.name.hint"));
        TextField field = CallMeFields.text(getTranslation("kiosk.callback.name.label"), "callme-name",
                CallbackQueue.MAX_FIRST_NAME, "text", this::answer);
        field.setValue(state.callMe().firstName() == null ? "" : state.callMe().firstName());
        preferNotToSay = new Button(getTranslation("kiosk.callback.name.skip"), e -> {
            state.callMe().preferNotToSayName();
            go(state.callMe().after(CallMeStep.NAME));
        });
        preferNotToSay.addThemeVariants(ButtonVariant.LUMO_LARGE);
        preferNotToSay.addClassName("kiosk-secondary");
        name = field;
        question.add(field);
        return field;
    }

    private Component phoneQuestion() {
        question.add(hint("kiosk.callback.phone.hint"));
        TextField field = CallMeFields.text(getTranslation("kiosk.callback.phone.label"), "callme-phone", 20,
                "phone", this::answer);
        field.getElement().setAttribute("inputmode", "tel");
        field.setValue(state.callMe().phone());
        phone = field;
        question.add(field);
        return field;
    }

    private Component aboutQuestion() {
        CallMeAnswers answers = state.callMe();
        Locale locale = UI.getCurrent().getLocale();
        question.add(hint("kiosk.callback.about.hint"));
        if (answers.aboutItemId() != null) {
            catalogue.item(answers.aboutItemId()).map(DirectoryItem::title).ifPresent(title -> question.add(
                    CallMeFields.note(getTranslation("kiosk.callback.about.item", title), "kiosk-callme-item")));
        }
        Paragraph chosen = CallMeFields.note(answers.category() == null ? ""
                : getTranslation("kiosk.callback.about.topic", words.categoryLabel(answers.category(), locale)),
                "kiosk-callme-topic");
        chosen.getElement().setAttribute("aria-live", "polite");
        tiles = new CategoryTiles(category -> words.categoryLabel(category, locale));
        CallMeFields.markChosen(tiles, answers.category());
        tiles.getElement().setAttribute("role", "group");
        tiles.getElement().setAttribute("aria-label", getTranslation("kiosk.callback.about.tiles"));
        TextArea field = CallMeFields.area(getTranslation("kiosk.callback.about.label"), "callme-about",
                CallbackQueue.MAX_ABOUT_TEXT);
        field.setValue(answers.aboutText());
        tiles.addCategoryListener(e -> {
            answers.about(e.category(), field.getValue());
            go(answers.after(CallMeStep.ABOUT));
        });
        aboutText = field;
        question.add(chosen, tiles, field);
        return field;
    }

    private Component timeQuestion() {
        RadioButtonGroup<BestTime> group = CallMeFields.choice(getTranslation("kiosk.callback.time.label"),
                "callme-time", List.of(BestTime.values()), t -> getTranslation("kiosk.callback.time." + t.name()));
        group.setValue(state.callMe().bestTime());
        bestTime = group;
        question.add(group);
        return group;
    }

    private Component safeQuestion() {
        question.add(hint("kiosk.callback.safe.hint"));
        voicemail = yesNo("kiosk.callback.safe.voicemail", "callme-voicemail", state.callMe().mayLeaveVoicemail());
        sayHub = yesNo("kiosk.callback.safe.sayHub", "callme-sayhub", state.callMe().maySayHub());
        question.add(voicemail, sayHub);
        return voicemail;
    }

    private Component hubQuestion() {
        question.add(hint("kiosk.callback.hub.hint"));
        RadioButtonGroup<Hub> group = CallMeFields.choice(getTranslation("kiosk.callback.hub.label"), "callme-hub",
                catalogue.hubs(), Hub::name);
        group.setValue(hubs.hub(chosenHub()));
        hub = group;
        question.add(group);
        return group;
    }

    private Component consentQuestion() {
        Hub chosen = hubs.hub(chosenHub());
        question.add(hint("kiosk.callback.consent.privacy", chosen == null ? "" : chosen.name(),
                callbacks.retention().toDays()));
        consent = CallMeFields.tick(getTranslation("kiosk.callback.consent.agree"), "callme-consent",
                state.callMe().consentGiven());
        textMe = CallMeFields.tick(getTranslation("kiosk.callback.consent.textMe"), "callme-textme",
                state.callMe().wantsText());
        question.add(consent, hint("kiosk.callback.consent.textHint"), textMe);
        return consent;
    }

    private Component checkPage() {
        check = new CallMeCheckAnswers(state.callMe(), this::change, catalogue, words, hubs.hub(chosenHub()));
        Button send = new Button(getTranslation("kiosk.callback.check.send"), VaadinIcon.PHONE.create(),
                e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        check.send = send;
        question.add(check, send);
        return send;
    }

    private Component confirmationPage() {
        CallbackReceipt receipt = state.callMe().receipt();
        confirmation = new CallMeConfirmation(receipt, clock, () -> {
            state.callMe().forget();
            UI.getCurrent().getPage().executeJs("window.kioskStartAgain && window.kioskStartAgain()");
        }, () -> {
            state.callMe().forget();
            UI.getCurrent().navigate(HomeView.class);
        });
        question.add(confirmation);
        return confirmation;
    }

    // ---- answering ---------------------------------------------------------------------------------------------

    /** "Continue": hands the answer on this screen to {@link CallMeAnswers}; moves on, or shows what to put right. */
    void answer() {
        CallMeAnswers answers = state.callMe();
        try {
            boolean accepted = switch (step) {
                case NAME -> answers.name(value(name));
                case PHONE -> {
                    answers.phone(value(phone));
                    yield true;
                }
                case ABOUT -> {
                    answers.about(answers.category(), value(aboutText));
                    yield true;
                }
                case TIME -> {
                    answers.bestTime(bestTime == null || bestTime.getValue() == null ? BestTime.ANY
                            : bestTime.getValue());
                    yield true;
                }
                case SAFE -> {
                    answers.safeContact(yes(voicemail), yes(sayHub));
                    yield true;
                }
                case HUB -> {
                    answers.hub(hub == null || hub.getValue() == null ? chosenHub() : hub.getValue().id());
                    yield true;
                }
                case CONSENT -> answers.consent(consent != null && consent.getValue(),
                        textMe != null && textMe.getValue());
                default -> true;
            };
            if (accepted) {
                go(answers.after(step));
            } else {
                refuse(step, getTranslation("kiosk.callback." + step.path() + ".missing"));
            }
        } catch (InvalidPhoneNumberException e) {
            refuse(step, phoneProblem(e));
        } catch (IllegalArgumentException e) {
            refuse(step, CallMeAnswers.withoutFieldName(e));
        }
    }

    private void send() {
        CallMeAnswers answers = state.callMe();
        try {
            answers.send(queue, chosenHub());
            go(CallMeStep.DONE);
        } catch (InvalidPhoneNumberException e) {
            refuse(answers.questionFor(e), phoneProblem(e));
        } catch (IllegalArgumentException e) {
            refuse(answers.questionFor(e), CallMeAnswers.withoutFieldName(e));
        }
    }

    private void refuse(CallMeStep where, String why) {
        if (where != step) {
            state.callMe().changing(where);
            UI.getCurrent().navigate(CallMeView.class, where.path());
        }
        show(where, why);
        CallMeFields.markInvalid(fieldOf(where), why);
        if (where == CallMeStep.CONSENT && textMe != null && textMe.getValue() && consent != null
                && consent.getValue()) {
            Button changePhone = new Button(getTranslation("kiosk.callback.consent.changePhone"),
                    e -> change(CallMeStep.PHONE));
            changePhone.addClassName("kiosk-secondary");
            question.add(changePhone);
        }
    }

    private @Nullable Component fieldOf(CallMeStep where) {
        return switch (where) {
            case NAME -> name;
            case PHONE -> phone;
            case ABOUT -> aboutText;
            case CONSENT -> textMe != null && textMe.getValue() && consent != null && consent.getValue() ? textMe
                    : consent;
            default -> null;
        };
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
        if (before.isPresent()) {
            if (before.get() == CallMeStep.CHECK) {
                state.callMe().changing(CallMeStep.CHECK);
            }
            go(before.get());
        } else {
            UI.getCurrent().navigate(state.callMe().origin());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String chosenHub() {
        String chosen = state.callMe().hubId();
        if (chosen != null) {
            return chosen;
        }
        return state.hubId() != null ? state.hubId() : hubs.resolve(null);
    }

    private String phoneProblem(InvalidPhoneNumberException e) {
        String key = "kiosk.callback.phone.problem." + e.problem().name();
        String translated = getTranslation(key);
        return "en".equals(UI.getCurrent().getLocale().getLanguage()) || translated.equals(key) ? e.getMessage()
                : translated;
    }

    private Paragraph hint(String key, Object... params) {
        return CallMeFields.note(getTranslation(key, params), "kiosk-hint");
    }

    private RadioButtonGroup<Boolean> yesNo(String key, String id, boolean value) {
        RadioButtonGroup<Boolean> group = CallMeFields.choice(getTranslation(key), id, List.of(true, false),
                yes -> getTranslation(yes ? "kiosk.callback.yes" : "kiosk.callback.no"));
        group.setValue(value);
        return group;
    }

    private static boolean yes(@Nullable RadioButtonGroup<Boolean> group) {
        return group != null && Boolean.TRUE.equals(group.getValue());
    }

    private static String value(@Nullable TextField field) {
        return field == null ? "" : field.getValue();
    }

    private static String value(@Nullable TextArea field) {
        return field == null ? "" : field.getValue();
    }

    private static void focus(Component field) {
        field.getElement().executeJs("this.focus()");
    }
}
