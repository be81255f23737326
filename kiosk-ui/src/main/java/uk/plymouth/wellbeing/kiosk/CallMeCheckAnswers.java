package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/**
 * "Check your answers": every answer as it will be sent, each with a "Change" link back to its question. What the
 * resident typed is shown as text, never as markup.
 */
class CallMeCheckAnswers extends DescriptionList {

    final List<Button> changeLinks = new ArrayList<>();
    @Nullable Button send;
    private final Consumer<CallMeStep> change;

    CallMeCheckAnswers(CallMeAnswers answers, Consumer<CallMeStep> change, Catalogue catalogue, ItemWords words,
            @Nullable Hub hub) {
        this.change = change;
        addClassName("kiosk-summary");
        Locale locale = UI.getCurrent().getLocale();
        row("name", CallMeStep.NAME, answers.firstName() == null
                ? List.of(getTranslation("kiosk.callback.check.nameNotGiven")) : List.of(answers.firstName()));
        row("phone", CallMeStep.PHONE, List.of(answers.phone().strip()));
        List<String> about = new ArrayList<>();
        if (answers.aboutItemId() != null) {
            catalogue.item(answers.aboutItemId()).map(DirectoryItem::title).ifPresent(about::add);
        }
        if (answers.category() != null) {
            about.add(words.categoryLabel(answers.category(), locale));
        }
        if (!answers.aboutText().isBlank()) {
            about.add(answers.aboutText().strip());
        }
        row("about", CallMeStep.ABOUT, about.isEmpty() ? List.of(getTranslation("kiosk.callback.check.aboutNothing"))
                : about);
        row("time", CallMeStep.TIME, List.of(getTranslation("kiosk.callback.time." + answers.bestTime().name())));
        row("voicemail", CallMeStep.SAFE, List.of(yesNo(answers.mayLeaveVoicemail())));
        row("sayHub", CallMeStep.SAFE, List.of(yesNo(answers.maySayHub())));
        row("hub", CallMeStep.HUB, List.of(hub == null ? "" : hub.name()));
        row("text", CallMeStep.CONSENT, List.of(yesNo(answers.wantsText())));
    }

    private void row(String key, CallMeStep step, List<String> values) {
        String label = getTranslation("kiosk.callback.check." + key);
        DescriptionList.Description value = new DescriptionList.Description();
        for (String line : values) {
            Div shown = new Div();
            shown.setText(line);
            value.add(shown);
        }
        value.addClassName("kiosk-summary-value");
        Button link = new Button(getTranslation("kiosk.callback.check.change"), e -> change.accept(step));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.setAriaLabel(getTranslation("kiosk.callback.check.changeLabel", label.toLowerCase(Locale.ROOT)));
        link.getElement().setAttribute("data-step", step.path());
        link.getElement().setAttribute("data-row", key);
        changeLinks.add(link);
        DescriptionList.Description action = new DescriptionList.Description(link);
        action.addClassName("kiosk-summary-action");
        Div pair = new Div();
        pair.addClassName("kiosk-summary-row");
        pair.getElement().appendChild(new DescriptionList.Term(label).getElement(), value.getElement(),
                action.getElement());
        add(pair);
    }

    private String yesNo(boolean yes) {
        return getTranslation(yes ? "kiosk.callback.yes" : "kiosk.callback.no");
    }
}
