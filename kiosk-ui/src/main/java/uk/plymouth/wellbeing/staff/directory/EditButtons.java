package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** "Why (optional)" and what can be done with the item; which buttons show depends on who and where it stands. */
class EditButtons extends Div {

    final TextField note = new TextField("Why (optional)");
    final Button saveDraft = new Button("Save draft");
    final Button publish = new Button("Publish");
    final Button preview = new Button("Preview");
    final Button stillRight = new Button("Still right");
    final Button archive = new Button("Archive");
    final Button restore = new Button("Restore");
    final Paragraph status = new Paragraph();

    EditButtons() {
        addClassName("directory-edit-buttons");
        note.setHelperText("For example: new phone number from the provider. It is kept with this version.");
        note.setWidthFull();
        note.setMaxLength(500);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stillRight.getElement().setAttribute("title", "Nothing has changed: mark it checked today");
        status.addClassName("directory-saved");
        status.getElement().setAttribute("role", "status");
        Div row = new Div(saveDraft, publish, preview, stillRight, archive, restore);
        row.addClassName("directory-buttons");
        add(note, row, status);
    }

    /**
     * Shows the buttons that apply.
     *
     * @param live a published, not archived service or activity, with no draft waiting
     */
    void show(boolean isNew, boolean mayPublish, boolean archived, boolean live, boolean hub) {
        saveDraft.setVisible(!archived);
        saveDraft.setText(mayPublish ? "Save as a draft" : "Save draft");
        publish.setVisible(mayPublish && !archived);
        preview.setVisible(!hub && !archived);
        stillRight.setVisible(!isNew && !hub && live);
        archive.setVisible(!isNew && !archived);
        restore.setVisible(archived);
    }
}
