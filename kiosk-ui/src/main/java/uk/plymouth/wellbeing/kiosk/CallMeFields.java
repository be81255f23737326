package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The few kinds of field "Ask us to call you" uses, made the same way every time: big, labelled, autofill off,
 * typed on the kiosk's own keyboard, and checked only by the app (a field never marks itself valid again). Public
 * for the kiosk's feature packages (the survey's follow-up number uses the same number entry).
 */
public final class CallMeFields {

    static final String TYPED = "element.value";

    private CallMeFields() {}

    /** One line of text; Enter (on either keyboard) continues, with the text exactly as typed. */
    public static TextField text(String label, String id, int maxLength, String keyboard, Runnable onEnter) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        field.setManualValidation(true);
        field.addClassName("kiosk-callme-field");
        field.getElement().setAttribute("data-keyboard", keyboard);
        field.getElement().setAttribute("data-keyboard-enter", "next");
        field.getElement().setAttribute("enterkeyhint", "next");
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("spellcheck", "false");
        field.getElement().addEventListener("keydown", e -> {
            if (e.getEventData().hasKey(TYPED)) {
                field.setValue(e.getEventData().getString(TYPED));
            }
            onEnter.run();
        }).setFilter("event.key === 'Enter'").addEventData(TYPED);
        return field;
    }

    /** A few lines of their own words. */
    static TextArea area(String label, String id, int maxLength) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setManualValidation(true);
        area.addClassName("kiosk-callme-field");
        area.getElement().setAttribute("data-keyboard", "text");
        area.getElement().setAttribute("autocomplete", "off");
        return area;
    }

    /** Big radio buttons, one under the other. */
    static <T> RadioButtonGroup<T> choice(String label, String id, List<T> items,
            java.util.function.Function<T, String> words) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(items);
        group.setItemLabelGenerator(words::apply);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("kiosk-choice");
        return group;
    }

    static Checkbox tick(String label, String id, boolean value) {
        Checkbox box = new Checkbox(label, value);
        box.setId(id);
        box.addClassName("kiosk-tick");
        return box;
    }

    static Paragraph note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }

    /** Shows which topic tile is chosen, to the eye and to screen readers. */
    static void markChosen(CategoryTiles tiles, @Nullable Category chosen) {
        tiles.getChildren().filter(NativeButton.class::isInstance).forEach(tile -> {
            boolean on = chosen != null
                    && Objects.equals(tile.getElement().getAttribute("data-category"), chosen.id());
            tile.getElement().setAttribute("aria-pressed", String.valueOf(on));
            tile.getElement().getClassList().set("kiosk-tile-chosen", on);
        });
    }

    /** The problem next to the field itself, as well as in the summary above the question. */
    public static void markInvalid(@Nullable Component field, String why) {
        if (field instanceof HasValidationProperties validated) {
            validated.setErrorMessage(why);
            validated.setInvalid(true);
        }
    }
}
