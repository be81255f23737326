package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Row;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Show;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Waiting;
import uk.plymouth.wellbeing.signposting.directory.edit.EditConflictException;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * The services and activities of the staff member's hubs (admins: all), 50 to a page in name order, with filters,
 * what needs checking, drafts waiting, and for hub leads the drafts waiting for them to publish. It updates itself
 * when an item is saved or published anywhere, on this instance or another ({@link DirectoryUpdates}).
 */
@Route(value = DirectoryListView.ROUTE, layout = StaffLayout.class)
@PageTitle("Directory - Wellbeing Hubs staff")
@PermitAll
@StyleSheet("context://staff/directory.css")
class DirectoryListView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "staff/directory";
    static final int PAGE_SIZE = 50;

    private final DirectoryListing listing;
    private final DirectoryEditor editor;
    private final CurrentStaff current;
    private final Clock clock;
    private final DirectoryUpdates updates;
    private @Nullable Registration listening;
    private final Map<String, String> hubNames = new LinkedHashMap<>();
    private final Map<String, String> allHubNames = new LinkedHashMap<>();
    final DirectoryFilters filters;
    final Grid<Row> grid = new Grid<>();
    final Span count = new Span();
    final Button previous = new Button("Previous 50", click -> turn(-PAGE_SIZE));
    final Button next = new Button("Next 50", click -> turn(PAGE_SIZE));
    final Div waiting = new Div();
    private int first;
    private int total;

    DirectoryListView(DirectoryListing listing, DirectoryEditor editor, CurrentStaff current, Catalogue catalogue,
            DirectoryUpdates updates, Clock clock) {
        this.listing = listing;
        this.updates = updates;
        this.editor = editor;
        this.current = current;
        this.clock = clock;
        StaffIdentity me = current.identity();
        catalogue.hubs().stream().sorted(Comparator.comparing(Hub::name)).forEach(h -> {
            allHubNames.put(h.id(), h.name());
            if (me.canSee(h.id())) {
                hubNames.put(h.id(), h.name());
            }
        });
        filters = new DirectoryFilters(hubNames, () -> {
            first = 0;
            refresh();
        });
        addClassName("staff-directory");
        count.getElement().setAttribute("role", "status");
        count.addClassName("directory-count");
        Anchor newService = new Anchor(EditRoutes.NEW_SERVICE, "New service");
        Anchor newActivity = new Anchor(EditRoutes.NEW_ACTIVITY, "New activity");
        newService.addClassName("directory-button");
        newActivity.addClassName("directory-button");
        HorizontalLayout actions = new HorizontalLayout(newService, newActivity);
        actions.addClassName("directory-actions");
        Div hubPages = new Div(new Span("Hub details: "));
        hubPages.addClassName("directory-hub-pages");
        hubNames.forEach((id, name) -> hubPages.add(new Anchor(EditRoutes.HUB + "/" + id, name), new Span(" ")));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout paging = new HorizontalLayout(previous, next);
        paging.addClassName("directory-paging");
        add(new H2("Directory"), actions, hubPages, waiting, filters, count, grid(), paging);
        showWaiting();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String hub = query.getSingleParameter("hub").orElse(null);
        Show show = query.getSingleParameter("show").flatMap(DirectoryListView::show).orElse(null);
        filters.preset(hub, show, query.getSingleParameter("needs-checking").isPresent());
        first = 0;
        refresh();
    }

    private static Optional<Show> show(String name) {
        return java.util.Arrays.stream(Show.values()).filter(s -> s.name().equalsIgnoreCase(name.replace('-', '_')))
                .findFirst();
    }

    private Grid<Row> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(row -> new Anchor(EditRoutes.href(row.ref()), row.name())))
                .setHeader("Name").setFlexGrow(3);
        grid.addColumn(row -> DirectoryWords.kind(row.ref().kind())).setHeader("Kind").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> DirectoryWords.hubs(row.hubIds(), allHubNames)).setHeader("Hubs").setFlexGrow(2);
        grid.addColumn(DirectoryWords::standing).setHeader("Status").setFlexGrow(1);
        grid.addColumn(row -> DirectoryWords.checked(row.lastVerified()) + (row.needsChecking()
                ? ", needs checking" : "")).setHeader("Last checked").setFlexGrow(1);
        grid.addColumn(row -> row.draftVersion() == null ? "" : "Draft waiting").setHeader("Draft")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(row -> row.needsChecking() && row.live() ? "needs-checking" : null);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // a save or publish anywhere, on this instance or another: the list and the drafts waiting as they are now
        listening = updates.register(attach.getUI(), change -> {
            showWaiting();
            refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private void turn(int by) {
        first = Math.max(0, Math.min(first + by, Math.max(0, total - 1)));
        refresh();
    }

    void refresh() {
        DirectoryListing.Page page = listing.page(current.identity(), filters.filter(), first, PAGE_SIZE);
        total = page.total();
        grid.setItems(page.rows());
        count.setText(total == 0 ? "Nothing matches these filters."
                : "Showing " + (first + 1) + " to " + (first + page.rows().size()) + " of " + total
                        + (total == 1 ? " item" : " items") + ", by name.");
        previous.setEnabled(first > 0);
        next.setEnabled(first + PAGE_SIZE < total);
    }

    private void showWaiting() {
        waiting.removeAll();
        List<Waiting> drafts = listing.waitingToPublish(current.identity()).stream().filter(Waiting::mayPublish)
                .toList();
        if (!drafts.isEmpty()) {
            waiting.add(new WaitingToPublish(drafts, allHubNames, clock, this::publish));
        }
    }

    private void publish(Waiting draft) {
        try {
            editor.publish(current.identity(), draft.ref(), draft.version());
            Notification.show("Published " + draft.name() + ".", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflictException | EditNotAllowedException | IllegalStateException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        showWaiting();
        refresh();
    }
}
