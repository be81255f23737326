package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;

/**
 * The fields of one question of "Ask us to call you", filled in from the answers so far, and the hand-over of what
 * is on screen to {@link CallMeAnswers}. Knows nothing of navigation: {@code onContinue} runs on Enter, and
 * {@code onTopic} when a topic tile is tapped.
 */
class CallMeQuestion extends Div {

    /** What the question needs besides the answers: the directory, its words, the hubs and the retention. */
    record Context(Catalogue catalogue, ItemWords words, List<Hub> hubs, @Nullable Hub chosenHub, long keptDays) {}

    final CallMeStep step;
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
    private final CallMeAnswers answers;

    CallMeQuestion(CallMeStep step, CallMeAnswers answers, Context context, Runnable onContinue, Runnable onTopic) {
        this.step = step;
        this.answers = answers;
        addClassName("kiosk-question");
        switch (step) {
            case NAME -> {
                add(hint("kiosk.callback.name.hint"));
                name = CallMeFields.text(getTranslation("kiosk.callback.name.label"), "callme-name",
                        CallbackQueue.MAX_FIRST_NAME, "text", onContinue);
                name.setValue(answers.firstName() == null ? "" : answers.firstName());
                preferNotToSay = new Button(getTranslation("kiosk.callback.name.skip"));
                preferNotToSay.addThemeVariants(ButtonVariant.LUMO_LARGE);
                preferNotToSay.addClassName("kiosk-secondary");
                add(name);
            }
            case PHONE -> {
                add(hint("kiosk.callback.phone.hint"));
                phone = CallMeFields.text(getTranslation("kiosk.callback.phone.label"), "callme-phone", 20, "phone",
                        onContinue);
                phone.getElement().setAttribute("inputmode", "tel");
                phone.setValue(answers.phone());
                add(phone);
            }
            case ABOUT -> about(context, onTopic);
            case TIME -> {
                bestTime = CallMeFields.choice(getTranslation("kiosk.callback.time.label"), "callme-time",
                        List.of(BestTime.values()), t -> getTranslation("kiosk.callback.time." + t.name()));
                bestTime.setValue(answers.bestTime());
                add(bestTime);
            }
            case SAFE -> {
                voicemail = yesNo("kiosk.callback.safe.voicemail", "callme-voicemail", answers.mayLeaveVoicemail());
                sayHub = yesNo("kiosk.callback.safe.sayHub", "callme-sayhub", answers.maySayHub());
                add(hint("kiosk.callback.safe.hint"), voicemail, sayHub);
            }
            case HUB -> {
                hub = CallMeFields.choice(getTranslation("kiosk.callback.hub.label"), "callme-hub", context.hubs(),
                        Hub::name);
                hub.setValue(context.chosenHub());
                add(hint("kiosk.callback.hub.hint"), hub);
            }
            case CONSENT -> {
                consent = CallMeFields.tick(getTranslation("kiosk.callback.consent.agree"), "callme-consent",
                        answers.consentGiven());
                textMe = CallMeFields.tick(getTranslation("kiosk.callback.consent.textMe"), "callme-textme",
                        answers.wantsText());
                add(hint("kiosk.callback.consent.privacy", context.chosenHub() == null ? ""
                        : context.chosenHub().name(), context.keptDays()), consent,
                        hint("kiosk.callback.consent.textHint"), textMe);
            }
            default -> throw new IllegalArgumentException("not a question: " + step);
        }
    }

    private void about(Context context, Runnable onTopic) {
        Locale locale = UI.getCurrent().getLocale();
        add(hint("kiosk.callback.about.hint"));
        if (answers.aboutItemId() != null) {
            context.catalogue().item(answers.aboutItemId()).map(DirectoryItem::title).ifPresent(title -> add(
                    CallMeFields.note(getTranslation("kiosk.callback.about.item", title), "kiosk-callme-item")));
        }
        if (answers.category() != null) {
            add(CallMeFields.note(getTranslation("kiosk.callback.about.topic",
                    context.words().categoryLabel(answers.category(), locale)), "kiosk-callme-topic"));
        }
        tiles = new CategoryTiles(category -> context.words().categoryLabel(category, locale));
        CallMeFields.markChosen(tiles, answers.category());
        tiles.getElement().setAttribute("role", "group");
        tiles.getElement().setAttribute("aria-label", getTranslation("kiosk.callback.about.tiles"));
        TextArea words = CallMeFields.area(getTranslation("kiosk.callback.about.label"), "callme-about",
                CallbackQueue.MAX_ABOUT_TEXT);
        words.setValue(answers.aboutText());
        tiles.addCategoryListener(e -> {
            answers.about(e.category(), words.getValue());
            onTopic.run();
        });
        aboutText = words;
        add(tiles, words);
    }

    /**
     * Hands what is on screen to the answers.
     *
     * @return false when something is missing (the answers say what)
     * @throws InvalidPhoneNumberException when the number will not do, for a call or for a text
     */
    boolean answer() {
        return switch (step) {
            case NAME -> answers.name(value(name));
            case PHONE -> {
                answers.phone(value(phone));
                yield true;
            }
            case ABOUT -> {
                answers.about(answers.category(), aboutText == null ? "" : aboutText.getValue());
                yield true;
            }
            case TIME -> {
                answers.bestTime(bestTime == null || bestTime.getValue() == null ? BestTime.ANY : bestTime.getValue());
                yield true;
            }
            case SAFE -> {
                answers.safeContact(yes(voicemail), yes(sayHub));
                yield true;
            }
            case HUB -> {
                if (hub != null && hub.getValue() != null) {
                    answers.hub(hub.getValue().id());
                }
                yield hub != null && hub.getValue() != null;
            }
            case CONSENT -> answers.consent(consent != null && consent.getValue(),
                    textMe != null && textMe.getValue());
            default -> true;
        };
    }

    /** The field a problem belongs next to: for consent, the text box when it is the text that cannot be sent. */
    @Nullable
    Component field() {
        return switch (step) {
            case NAME -> name;
            case PHONE -> phone;
            case ABOUT -> aboutText;
            case TIME -> bestTime;
            case SAFE -> voicemail;
            case HUB -> hub;
            case CONSENT -> textMe != null && textMe.getValue() && consent != null && consent.getValue() ? textMe
                    : consent;
            default -> null;
        };
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
}
