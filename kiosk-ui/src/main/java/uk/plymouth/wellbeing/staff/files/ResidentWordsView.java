package uk.plymouth.wellbeing.staff.files;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.plymouth.wellbeing.signposting.directory.edit.InvalidItemException;
import uk.plymouth.wellbeing.signposting.directory.edit.ResidentWordsEditor;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * Admins teach search residents' own words ("skint => debt, money"): the lines of {@code synonyms.txt}, checked line
 * by line when saved; a slip names its line and nothing changes until it is fixed.
 */
@Route(value = "staff/residents-words", layout = StaffLayout.class)
@PageTitle("Residents' words - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class ResidentWordsView extends Main {

    final TextArea words = new TextArea("Residents' words, one rule a line");
    final Button save = new Button("Save and use them");
    final Paragraph outcome = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    private final ResidentWordsEditor editor;
    private final CurrentStaff current;

    ResidentWordsView(ResidentWordsEditor editor, CurrentStaff current) {
        this.editor = editor;
        this.current = current;
        addClassName("residents-words");
        words.setValue(editor.current());
        words.setWidthFull();
        words.setMinHeight("24rem");
        words.setHelperText("\"skint, broke, no money\" makes the words mean the same; \"skint => debt, money\" "
                + "searches debt and money when someone types skint. Lines starting with # are notes.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        outcome.getElement().setAttribute("role", "status");
        problems.getElement().setAttribute("aria-label", "Lines to fix");
        problems.setVisible(false);
        add(new H1("Residents' words"), new Paragraph("Search finds services by the words residents use. Changes "
                + "here reach the kiosk, texts and the open data API on every app instance within seconds."),
                words, problems, save, outcome);
    }

    private void save() {
        problems.removeAll();
        try {
            editor.save(current.identity(), words.getValue());
            problems.setVisible(false);
            words.setInvalid(false);
            outcome.setText("Saved: search uses these words now.");
        } catch (InvalidItemException invalid) {
            invalid.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
            problems.setVisible(true);
            words.setInvalid(true);
            words.setErrorMessage("Nothing was saved: fix the lines listed below.");
            outcome.setText("");
        }
    }
}
