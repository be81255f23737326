package uk.plymouth.wellbeing.staff.surveys.entry;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "There is a problem" above the form (the GOV.UK error summary): one link per problem to the field it is about.
 * Hidden while there is none; when shown it takes focus so screen readers read it out.
 */
class ErrorSummary extends Div {

    /** One problem: what to say and the id of the field to jump to. */
    record Problem(String text, String fieldId) {}

    final UnorderedList list = new UnorderedList();
    private final String page;

    /**
     * @param page the route of the page the form is on: links carry it before the {@code #}, as the page's
     *     {@code <base href>} would otherwise send a bare {@code #field} to the app's root
     */
    ErrorSummary(String page) {
        this.page = page;
        addClassName("survey-entry-errors");
        setId("survey-entry-errors");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        H3 title = new H3("There is a problem");
        title.setId("survey-entry-errors-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        add(title, list);
        setVisible(false);
    }

    void show(List<Problem> problems) {
        list.removeAll();
        for (Problem problem : problems) {
            list.add(new ListItem(new Anchor(page + "#" + problem.fieldId(), problem.text())));
        }
        setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getElement().callJsFunction("focus");
        }
    }

    void hide() {
        show(List.of());
    }

    /** The problems as shown, for tests. */
    List<String> texts() {
        return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
