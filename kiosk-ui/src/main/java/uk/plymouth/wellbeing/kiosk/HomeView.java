package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.search.Snippet;

/**
 * A first home page: one search box over the directory. The full touchscreen kiosk (category tiles, what's on,
 * accessibility controls, idle reset) replaces this in the kiosk work.
 */
@Route("")
@PageTitle("Wellbeing Hubs: find help")
@AnonymousAllowed
class HomeView extends VerticalLayout {

    final TextField search = new TextField();
    final Button find = new Button("Search");
    final Div results = new Div();
    private final ServiceSearch serviceSearch;

    HomeView(ServiceSearch serviceSearch) {
        this.serviceSearch = serviceSearch;
        search.setLabel("What do you need help with?");
        search.setPlaceholder("For example: debt, lonely, food bank near PL5");
        search.setWidthFull();
        search.setMaxLength(500);
        search.addKeyPressListener(Key.ENTER, e -> showResults());
        find.addClickListener(e -> showResults());
        results.setWidthFull();
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1("Find help at your Wellbeing Hub"), new HorizontalLayout(search, find), results);
        setMaxWidth("60rem");
    }

    private void showResults() {
        SearchResults found = serviceSearch.search(SearchRequest.forText(search.getValue()).page(0, 10));
        results.removeAll();
        if (found.place() != null) {
            results.add(new Paragraph(found.place().message()));
        }
        if (found.didYouMean() != null) {
            results.add(new Paragraph("Showing results for: " + found.didYouMean()));
        }
        if (found.isEmpty()) {
            results.add(new Paragraph("Nothing found. Try other words, or ask a member of staff."));
        }
        for (SearchHit hit : found.hits()) {
            Div card = new Div(new H2(hit.item().title()), snippet(hit.snippet()));
            if (hit.distanceKm() != null) {
                card.add(new Paragraph(hit.distanceKm() + " km away"));
            }
            results.add(card);
        }
    }

    private static Paragraph snippet(Snippet snippet) {
        Paragraph paragraph = new Paragraph();
        for (Snippet.Part part : snippet.parts()) {
            Span span = new Span(part.text());
            if (part.matched()) {
                span.getStyle().set("font-weight", "bold");
            }
            paragraph.add(span);
        }
        return paragraph;
    }
}
