package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.search.Snippet;

/** One result as a big card; the whole card opens the details. */
class ResultCard extends Div {

    /** What a card shows, already in the resident's words. */
    record Content(String id, String title, String where, @Nullable String when, String cost,
            @Nullable String closed, @Nullable String onNow, Snippet snippet, String href) {}

    ResultCard(Content content) {
        addClassName("kiosk-card");
        getElement().setAttribute("data-item", content.id());
        Anchor link = new Anchor(content.href(), content.title());
        H3 title = new H3(link);
        Div meta = new Div();
        meta.addClassName("kiosk-meta");
        meta.add(new Span(content.where()));
        if (content.when() != null) {
            meta.add(new Span(content.when()));
        }
        meta.add(new Span(content.cost()));
        if (content.closed() != null) {
            meta.add(badge(content.closed(), "closed"));
        } else if (content.onNow() != null) {
            meta.add(badge(content.onNow(), "open"));
        }
        Paragraph snippet = new Paragraph();
        snippet.addClassName("kiosk-snippet");
        for (Snippet.Part part : content.snippet().parts()) {
            snippet.add(part.matched() ? new com.vaadin.flow.component.html.Emphasis(part.text())
                    : new Span(part.text()));
        }
        add(title, meta, snippet);
        // the title link navigates by itself (keyboard and screen reader users); taps elsewhere on the card open it
        String onLink = "event.target.closest('a') !== null";
        getElement().addEventListener("click", e -> {
            boolean fromLink = e.getEventData().hasKey(onLink) && e.getEventData().getBoolean(onLink);
            if (!fromLink) {
                fireEvent(new Opened(this, content.id()));
            }
        }).addEventData(onLink);
    }

    Registration addOpenListener(ComponentEventListener<Opened> listener) {
        return addListener(Opened.class, listener);
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("kiosk-badge", kind);
        return badge;
    }

    /** The resident opened this result. */
    static final class Opened extends ComponentEvent<ResultCard> {
        private final String id;

        Opened(ResultCard source, String id) {
            super(source, false);
            this.id = id;
        }

        String id() {
            return id;
        }
    }
}
