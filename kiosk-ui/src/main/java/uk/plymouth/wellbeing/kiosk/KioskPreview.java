package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.base.Translations;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * A service or activity as the kiosk would show it, for staff to check before they publish: its result card and its
 * details page's title, closure banner and facts, in English, with the kiosk's own components and words.
 */
@org.springframework.stereotype.Component
public class KioskPreview {

    private final Catalogue catalogue;
    private final ItemWords words;
    private final Translations translations;

    KioskPreview(Catalogue catalogue, ItemWords words, Translations translations) {
        this.catalogue = catalogue;
        this.words = words;
        this.translations = translations;
    }

    /** The result card, as in a list of search results; its title is not a link here (there is no page yet). */
    public Component card(DirectoryItem item) {
        ResultCard card = new ResultCard(words.card(item, null, Translations.ENGLISH));
        unlink(card.getElement());
        return card;
    }

    private static void unlink(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return;
        }
        if ("a".equals(element.getTag())) {
            element.removeAttribute("href");
        }
        element.getChildren().forEach(KioskPreview::unlink);
    }

    /** The details page's title, closure banner and facts (without its buttons). */
    public Component details(DirectoryItem item) {
        Locale locale = Translations.ENGLISH;
        @Nullable Hub hub = catalogue.hub(item.hubIds().get(0)).orElse(null);
        Div page = new Div(new H3(item.title()));
        page.addClassName("kiosk-detail");
        if (item.status() != ItemStatus.ACTIVE) {
            Paragraph closed = new Paragraph(translations.getTranslation("kiosk.closed", locale)
                    + (item.statusNote() == null ? "" : ". " + item.statusNote()));
            closed.addClassName("kiosk-closed-banner");
            page.add(closed);
        }
        page.add(new ItemDetailsList(item, hub, catalogue, words, locale));
        return page;
    }
}
