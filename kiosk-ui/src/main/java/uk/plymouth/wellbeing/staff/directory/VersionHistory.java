package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.List;
import java.util.function.IntConsumer;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;

/** Every version of an item, newest first: who saved it and when, why, what changed, and "Restore this version". */
class VersionHistory extends Section {

    VersionHistory(List<ItemVersion> versions, Clock clock, boolean mayRestore, IntConsumer restore) {
        addClassName("directory-history");
        add(new H3("History"));
        for (ItemVersion v : versions) {
            Div entry = new Div();
            entry.addClassName("directory-version");
            entry.add(new H4("Version " + v.version() + ": " + state(v, versions.get(0) == v, clock)));
            entry.add(new Paragraph("Saved by " + v.author() + " on " + DirectoryWords.time(v.createdAt(), clock)
                    + (v.note() == null ? "." : ". Why: " + v.note())));
            UnorderedList changes = new UnorderedList();
            for (FieldChange change : v.changes()) {
                changes.add(new ListItem(change.inWords()));
            }
            if (v.changes().isEmpty()) {
                changes.add(new ListItem("No fields changed."));
            }
            entry.add(changes);
            if (mayRestore && versions.get(0) != v) {
                Button back = new Button("Restore this version", click -> restore.accept(v.version()));
                back.getElement().setAttribute("aria-label", "Restore this version (version " + v.version() + ")");
                entry.add(back);
            }
            add(entry);
        }
    }

    static String state(ItemVersion v, boolean newest, Clock clock) {
        String took = v.archived() ? ", taken off the directory" : "";
        if (v.isDraft()) {
            return (newest ? "draft waiting to be published" : "draft") + took;
        }
        if (v.publishedAt() != null) {
            return "published by " + v.publishedBy() + " on " + DirectoryWords.time(v.publishedAt(), clock) + took;
        }
        return "draft not used (a later version was published)" + took;
    }
}
