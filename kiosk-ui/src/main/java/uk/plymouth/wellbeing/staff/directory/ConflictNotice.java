package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.plymouth.wellbeing.signposting.directory.edit.EditConflictException;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;

/**
 * Someone saved a newer version while this page was open: who, what they changed, and "Save mine on top". Nothing
 * typed on the page is touched.
 */
class ConflictNotice extends Div {

    final H3 title = new H3();
    final UnorderedList theirChanges = new UnorderedList();
    final Button saveOnTop = new Button("Save mine on top");
    private Runnable onSaveOnTop = () -> { };

    ConflictNotice() {
        addClassName("directory-conflict");
        getElement().setAttribute("role", "alert");
        saveOnTop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveOnTop.addClickListener(click -> onSaveOnTop.run());
        add(title, new Paragraph("Nothing you typed is lost. What they changed:"), theirChanges,
                new Paragraph("Check their changes against yours. \"Save mine on top\" saves what is on this page "
                        + "as the newest version, so anything of theirs you have not typed in too is replaced."),
                saveOnTop);
        setVisible(false);
    }

    void show(EditConflictException conflict, Runnable saveMineOnTop) {
        title.setText(conflict.changedBy() + " saved a newer version while you were editing");
        theirChanges.removeAll();
        for (FieldChange change : conflict.theirChanges()) {
            theirChanges.add(new ListItem(change.inWords()));
        }
        if (conflict.theirChanges().isEmpty()) {
            theirChanges.add(new ListItem("No fields changed (they may have published or checked it)."));
        }
        onSaveOnTop = saveMineOnTop;
        setVisible(true);
        saveOnTop.focus();
    }

    void hide() {
        setVisible(false);
    }
}
