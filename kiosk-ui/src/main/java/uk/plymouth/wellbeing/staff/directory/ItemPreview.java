package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import uk.plymouth.wellbeing.kiosk.KioskPreview;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/** A service or activity as residents will see it: the kiosk's card and details, and the text message. */
@org.springframework.stereotype.Component
class ItemPreview {

    private final KioskPreview kiosk;
    private final ItemDetailsText texts;

    ItemPreview(KioskPreview kiosk, ItemDetailsText texts) {
        this.kiosk = kiosk;
        this.texts = texts;
    }

    /** The whole preview, headed "Preview: as residents see it". */
    Section of(DirectoryItem item) {
        Section preview = new Section(new H3("Preview: as residents will see it"));
        preview.addClassName("directory-preview");
        Div card = new Div(kiosk.card(item));
        card.addClassName("directory-preview-kiosk");
        Div details = new Div(kiosk.details(item));
        details.addClassName("directory-preview-kiosk");
        String text = texts.detailsFor(item, null);
        int segments = SmsText.segments(text);
        Pre message = new Pre(text);
        message.addClassName("directory-preview-text");
        preview.add(new H4("On the kiosk: in a list of results"), card, new H4("On the kiosk: its details page"),
                details, new H4("By text message"), message, new Paragraph(text.length() + " characters, sent as "
                        + segments + (segments == 1 ? " text" : " texts") + "."));
        return preview;
    }
}
