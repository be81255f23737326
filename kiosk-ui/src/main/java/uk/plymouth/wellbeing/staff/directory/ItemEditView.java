package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * One hub, service or activity's page: the form with every field, problems by their fields, where it stands, the
 * buttons that apply, a preview as residents will see it, and its history. What the buttons do is in
 * {@link EditActions}; a new item starts from {@link #newItem()}.
 */
abstract class ItemEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final ItemEditing editing;
    final ItemPreview previews;
    final Clock clock;
    final ItemKind kind;
    final FormPart form;
    final H2 title = new H2();
    final Paragraph standing = new Paragraph();
    final Paragraph imported = new Paragraph();
    final ConflictNotice conflict = new ConflictNotice();
    final ProblemSummary problems;
    final EditButtons buttons = new EditButtons();
    final Div preview = new Div();
    final Div history = new Div();
    private final Div page = new Div();
    private final Div missing = new Div();
    final EditActions actions;
    @Nullable ItemVersion opened;
    int basedOn;
    boolean mayPublish;
    private String pageTitle = "";

    ItemEditView(ItemKind kind, FormPart form, ItemEditing editing, ItemPreview previews, Clock clock) {
        this.kind = kind;
        this.form = form;
        this.editing = editing;
        this.previews = previews;
        this.clock = clock;
        this.problems = new ProblemSummary(EditRoutes.base(kind));
        this.actions = new EditActions(this);
        addClassName("staff-directory-edit");
        standing.addClassName("directory-standing");
        page.add(title, standing, imported, conflict, problems, (Component) form, buttons, preview, history);
        missing.add(new H2("Not found"), new Paragraph("There is no such " + DirectoryWords.kind(kind).toLowerCase()
                + " in your hubs' directory."));
        missing.setVisible(false);
        add(new Anchor(DirectoryListView.ROUTE, "Back to the directory"), page, missing);
    }

    /** The values a new item starts with. */
    abstract Map<String, Object> newItem();

    /** The hubs this member of staff may put an item at, by id, in name order. */
    static Map<String, String> hubsOf(Catalogue catalogue, StaffIdentity me) {
        Map<String, String> hubs = new LinkedHashMap<>();
        catalogue.hubs().stream().filter(h -> me.canSee(h.id())).sorted(Comparator.comparing(Hub::name))
                .forEach(h -> hubs.put(h.id(), h.name()));
        return hubs;
    }

    boolean isNew() {
        return opened == null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ID);
        if (id.isEmpty()) {
            startNew();
            return;
        }
        try {
            editing.open(new ItemRef(kind, id.get())).ifPresentOrElse(this::show, this::notFound);
        } catch (EditNotAllowedException notYours) {
            notFound();
        }
    }

    private void startNew() {
        found(true);
        opened = null;
        basedOn = 0;
        pageTitle = "New " + DirectoryWords.kind(kind).toLowerCase();
        title.setText(pageTitle);
        standing.setText("Not saved yet.");
        form.fill(newItem());
        setNew(true);
        mayPublish = editing.mayPublish(editing.me().hubIds());
        buttons.show(true, mayPublish, false, false, kind == ItemKind.HUB);
        preview.removeAll();
        history.removeAll();
    }

    /** Shows a version: the form filled from it, where it stands, the buttons that apply, preview and history. */
    void show(ItemVersion version) {
        found(true);
        opened = version;
        basedOn = version.version();
        String name = ItemKind.nameOf(version.record());
        pageTitle = name;
        title.setText(name);
        standing.setText(Standing.of(version, editing.needsChecking(version.record()), clock));
        imported.setText(editing.imported(version.ref()).map(ImportedFrom::inWords).orElse(""));
        imported.setVisible(!imported.getText().isEmpty());
        conflict.hide();
        problems.clear(form.inputs());
        form.fill(editing.fieldsOf(version.record()));
        setNew(false);
        mayPublish = editing.mayPublish(ItemKind.hubIdsOf(version.record()));
        buttons.show(false, mayPublish, version.archived(),
                !version.archived() && !version.isDraft(), kind == ItemKind.HUB);
        if (kind == ItemKind.HUB && !editing.me().isAdmin()) {
            buttons.archive.setVisible(false); // only admins take a hub off the directory
        }
        showPreview(version.record());
        history.removeAll();
        history.add(new VersionHistory(editing.history(version.ref()), clock, true, actions::restore));
    }

    void showPreview(Object record) {
        preview.removeAll();
        if (record instanceof DirectoryItem item) {
            preview.add(previews.of(item));
        }
    }

    private void setNew(boolean isNew) {
        if (form instanceof ServiceForm service) {
            service.common.newItem(isNew);
        } else if (form instanceof ActivityForm activity) {
            activity.common.newItem(isNew);
        } else if (form instanceof HubForm hub) {
            hub.newItem(isNew);
        }
    }

    private void notFound() {
        opened = null;
        pageTitle = "Not found";
        found(false);
    }

    private void found(boolean found) {
        page.setVisible(found);
        missing.setVisible(!found);
    }

    /** After a save: a new item moves to its own address; then the outcome is said where screen readers hear it. */
    void saved(ItemVersion version, String message) {
        if (isNew()) {
            UI.getCurrent().navigate(EditRoutes.href(version.ref()));
        } else {
            show(version);
        }
        buttons.note.clear();
        buttons.status.setText(message);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " - Wellbeing Hubs staff";
    }
}
