package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChanges;

/**
 * "There is a problem" above the form (the GOV.UK error summary): each problem named by its field, linked to the
 * input, and shown again under that input. Hidden while there is none; when shown it takes focus so screen readers
 * read it out.
 */
class ProblemSummary extends Div {

    private static final Pattern ROW = Pattern.compile("^(sessions|dates|except)\\[(\\d+)]\\.?(.*)$");
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    final UnorderedList list = new UnorderedList();
    private final String page;

    /** @param page this page's path, put before each link's {@code #} (the app's base href is its root) */
    ProblemSummary(String page) {
        this.page = page;
        addClassName("directory-problems");
        setId("directory-problems");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        H3 title = new H3("There is a problem: nothing was saved");
        add(title, list);
        setVisible(false);
    }

    /** Marks every input with its problems, lists them all here, and takes focus. */
    void show(List<ContentProblem> problems, Map<String, HasValidation> inputs) {
        clear(inputs);
        Set<HasValidation> marked = new HashSet<>();
        for (ContentProblem problem : problems) {
            String field = problem.field() == null ? "" : problem.field();
            HasValidation input = inputs.get(field);
            String name = field.isEmpty() ? "" : name(field, input) + ": ";
            if (input == null) {
                list.add(new ListItem(new Span(name + problem.message())));
                continue;
            }
            String shown = marked.add(input) ? problem.message() : input.getErrorMessage() + "; " + problem.message();
            input.setErrorMessage(shown);
            input.setInvalid(true);
            list.add(new ListItem(new Anchor(page + "#" + idOf((Component) input), name + problem.message())));
        }
        setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getElement().callJsFunction("focus");
        }
    }

    void clear(Map<String, HasValidation> inputs) {
        inputs.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
        list.removeAll();
        setVisible(false);
    }

    List<String> texts() {
        return list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    /** "Regular time 2, Starts" for {@code sessions[2].start}; the input's own label otherwise. */
    static String name(String field, HasValidation input) {
        String label = input instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel()
                : FieldChanges.label(field);
        Matcher row = ROW.matcher(field);
        if (!row.matches()) {
            return field.startsWith("schedule.") ? "When it runs, " + label : label;
        }
        String group = switch (row.group(1)) {
            case "sessions" -> "Regular time ";
            case "dates" -> "Term dates ";
            default -> "Not on date ";
        };
        return group + row.group(2) + (row.group(3).isEmpty() ? "" : ", " + label);
    }

    private static String idOf(Component input) {
        return input.getId().orElseGet(() -> {
            input.setId("directory-field-" + NEXT_ID.incrementAndGet());
            return input.getId().orElseThrow();
        });
    }
}
