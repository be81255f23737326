package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;

/**
 * One big search box with suggestions as you type, shown as large buttons under it. Works with the on-screen
 * keyboard and a physical one. Knows nothing of the search itself: it is given a way to suggest, and fires
 * {@link SearchRequested} when the resident searches.
 */
class SearchBox extends Div {

    static final int MAX_LENGTH = 200;
    static final String TYPED = "element.value";

    final TextField field = new TextField();
    final Button search = new Button();
    final Div suggestions = new Div();
    private final Function<String, List<String>> suggest;

    SearchBox(Function<String, List<String>> suggest, String label, String placeholder, String buttonText) {
        this.suggest = suggest;
        field.setLabel(label);
        field.setPlaceholder(placeholder);
        field.setMaxLength(MAX_LENGTH);
        field.setClearButtonVisible(true);
        field.addClassName("kiosk-search");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(150);
        field.getElement().setAttribute("data-keyboard", "text");
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("autocapitalize", "off");
        field.getElement().setAttribute("enterkeyhint", "search");
        field.addValueChangeListener(e -> showSuggestions(e.getValue()));
        // Enter is recognised in the browser, which also sends the text as typed, so no keystroke costs a round trip
        // and the search never runs on a value still waiting to be sent
        field.getElement().addEventListener("keydown", e -> requestSearch(e.getEventData().hasKey(TYPED)
                ? e.getEventData().getString(TYPED) : field.getValue()))
                .setFilter("event.key === 'Enter'").addEventData(TYPED);
        search.setText(buttonText);
        search.setIcon(VaadinIcon.SEARCH.create());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        search.addClickListener(e -> requestSearch(field.getValue()));
        suggestions.addClassName("kiosk-suggestions");
        suggestions.getElement().setAttribute("aria-live", "polite");
        Div row = new Div(field, search);
        row.addClassName("kiosk-search-row");
        add(row, suggestions);
    }

    void showText(String text) {
        field.setValue(text);
        suggestions.removeAll();
    }

    Registration addSearchListener(ComponentEventListener<SearchRequested> listener) {
        return addListener(SearchRequested.class, listener);
    }

    private void showSuggestions(String typed) {
        suggestions.removeAll();
        if (typed.strip().length() < 2) {
            return;
        }
        for (String suggestion : suggest.apply(typed)) {
            Button choice = new Button(suggestion, e -> {
                field.setValue(suggestion);
                requestSearch(suggestion);
            });
            choice.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            suggestions.add(choice);
        }
    }

    private void requestSearch(String text) {
        if (!text.isBlank()) {
            fireEvent(new SearchRequested(this, text.strip()));
        }
    }

    /** The resident asked to search for these words. */
    static final class SearchRequested extends ComponentEvent<SearchBox> {
        private final String text;

        SearchRequested(SearchBox source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
