package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Waiting;

/** "Waiting to publish": drafts staff saved for a hub lead, each with who saved it, why, and Publish. */
class WaitingToPublish extends Section {

    final UnorderedList list = new UnorderedList();

    WaitingToPublish(List<Waiting> drafts, Map<String, String> hubNames, Clock clock, Consumer<Waiting> publish) {
        addClassName("directory-waiting");
        H3 title = new H3("Waiting to publish (" + drafts.size() + ")");
        title.setId("directory-waiting-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        for (Waiting draft : drafts) {
            Anchor open = new Anchor(EditRoutes.href(draft.ref()), draft.name());
            Span about = new Span(" (" + DirectoryWords.kind(draft.ref().kind()).toLowerCase() + ", "
                    + DirectoryWords.hubs(draft.hubIds(), hubNames) + "), saved by " + draft.author() + " on "
                    + DirectoryWords.time(draft.savedAt(), clock)
                    + (draft.note() == null ? "" : ". Why: " + draft.note()));
            Button publishIt = new Button("Publish", click -> publish.accept(draft));
            publishIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            publishIt.getElement().setAttribute("aria-label", "Publish " + draft.name());
            list.add(new ListItem(open, about, publishIt));
        }
        add(title, list);
    }
}
