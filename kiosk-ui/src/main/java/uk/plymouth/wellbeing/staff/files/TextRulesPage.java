package uk.plymouth.wellbeing.staff.files;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import uk.plymouth.wellbeing.signposting.directory.edit.InvalidItemException;

/**
 * An admin page that edits one of the directory's supporting files as text (residents' words, postcode places):
 * saved whole when every line is right, otherwise nothing changes and each problem names its line or field.
 */
abstract class TextRulesPage extends Main {

    final TextArea text;
    final Button save = new Button("Save and use them");
    final Paragraph outcome = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    private final Consumer<String> saver;

    TextRulesPage(String title, String intro, String label, String help, String current, Consumer<String> saver) {
        this.saver = saver;
        text = new TextArea(label);
        text.setValue(current);
        text.setWidthFull();
        text.setMinHeight("24rem");
        text.setHelperText(help);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        outcome.getElement().setAttribute("role", "status");
        problems.getElement().setAttribute("aria-label", "Lines to fix");
        problems.setVisible(false);
        add(new H1(title), new Paragraph(intro), text, problems, save, outcome);
    }

    private void save() {
        problems.removeAll();
        try {
            saver.accept(text.getValue());
            problems.setVisible(false);
            text.setInvalid(false);
            outcome.setText("Saved: search uses them now.");
        } catch (InvalidItemException invalid) {
            invalid.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
            problems.setVisible(true);
            text.setInvalid(true);
            text.setErrorMessage("Nothing was saved: fix what is listed below.");
            outcome.setText("");
        }
    }
}
