package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * For the staff home: how many of each of my hubs' services and activities need checking, each a link to that list.
 */
@StyleSheet("context://staff/directory.css")
public class NeedsCheckingPanel extends Section {

    final UnorderedList hubs = new UnorderedList();

    /**
     * @param hubName the name of a hub by id
     */
    public NeedsCheckingPanel(DirectoryListing listing, StaffIdentity me, Function<String, String> hubName) {
        addClassName("directory-needs-checking");
        H2 title = new H2("Directory: needs checking");
        title.setId("directory-needs-checking-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        add(title);
        Map<String, Integer> counts = listing.needsCheckingByHub(me);
        if (counts.isEmpty()) {
            add(new Paragraph("Everything at your hubs has been checked recently."));
            return;
        }
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(hub -> {
            int n = hub.getValue();
            Anchor link = new Anchor(DirectoryListView.ROUTE + "?hub=" + hub.getKey() + "&needs-checking",
                    hubName.apply(hub.getKey()) + ": " + n + (n == 1 ? " item needs" : " items need") + " checking");
            hubs.add(new ListItem(link));
        });
        add(hubs);
    }
}
