package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.CallbackEvent;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackRequested;
import uk.plymouth.wellbeing.signposting.callback.QueueEntry;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;
import uk.plymouth.wellbeing.staff.directory.NeedsCheckingPanel;

/**
 * The callback queue of the staff member's hubs: urgent for crisis words first (the Urgent column says the kind, never
 * the words), then other urgent ones, then the rest, oldest first in each. It updates itself when a request arrives
 * or changes anywhere (Vaadin Push), keeping the scroll position and the selected row, and says so to screen readers.
 */
@Route(value = "staff", layout = StaffLayout.class)
@PageTitle("Callback queue - Wellbeing Hubs staff")
@PermitAll
class CallbackQueueView extends Main {

    private final CallbackQueue queue;
    private final CurrentStaff current;
    private final QueueUpdates updates;
    private final StaffTimes times;
    private final Map<String, String> hubNames = new LinkedHashMap<>();
    private final List<QueueEntry> rows = new ArrayList<>();
    private final Set<UUID> arrived = new HashSet<>();
    private final ListDataProvider<QueueEntry> data = new ListDataProvider<>(rows) {
        @Override
        public Object getId(QueueEntry entry) {
            return entry.id();
        }
    };
    final Grid<QueueEntry> grid = new Grid<>();
    final QueueFilters filters;
    final Span count = new Span();
    final Span announcement = new Span();
    final TextField reference = new TextField("Find by reference");
    private @Nullable Registration listening;
    private @Nullable Registration polling;

    CallbackQueueView(CallbackQueue queue, CurrentStaff current, QueueUpdates updates, Catalogue catalogue,
            DirectoryListing directory, Clock clock) {
        this.queue = queue;
        this.current = current;
        this.updates = updates;
        this.times = new StaffTimes(clock);
        StaffMember me = current.member();
        for (Hub hub : catalogue.hubs()) {
            if (me.worksFor(hub.id())) {
                hubNames.put(hub.id(), hub.name());
            }
        }
        filters = new QueueFilters(hubNames, this::refresh);
        addClassName("staff-queue");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.addClassName("queue-announcement");
        add(new NeedsCheckingPanel(directory, current.identity(), id -> catalogue.hub(id).map(Hub::name).orElse(id)),
                new H2("Callback queue"), findByReference(), filters, count, announcement, grid());
        refresh();
    }

    private HorizontalLayout findByReference() {
        reference.setPlaceholder("PLY-4K7Q");
        reference.setClearButtonVisible(true);
        Button find = new Button("Find", click -> find());
        reference.addKeyDownListener(Key.ENTER, e -> find());
        HorizontalLayout row = new HorizontalLayout(reference, find);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void find() {
        queue.findByReference(reference.getValue(), current.member()).ifPresentOrElse(
                found -> getUI().ifPresent(ui -> ui.navigate(CallbackDetailView.class,
                        new RouteParameters(CallbackDetailView.ID, found.id().toString()))),
                () -> reference.setErrorMessage("No request with that reference in your hubs"));
        reference.setInvalid(reference.getErrorMessage() != null && !reference.getErrorMessage().isEmpty());
    }

    private Grid<QueueEntry> grid() {
        grid.setItems(data);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::link)).setHeader("Reference").setAutoWidth(true).setFlexGrow(0);
        // a fixed width: the longest reason ("Urgent: crisis words (danger from another person)") wraps
        grid.addColumn(e -> Words.urgency(e.urgent(), e.crisisKind())).setHeader("Urgent").setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(e -> hubNames.getOrDefault(e.hubId(), e.hubId())).setHeader("Hub");
        grid.addColumn(e -> Words.status(e.status()) + (e.textedBack() ? ", texted back" : "")).setHeader("Status");
        grid.addColumn(e -> times.when(e.createdAt()) + " (" + times.ago(e.createdAt()) + ")").setHeader("Asked");
        grid.addColumn(e -> e.status().isOpen() ? times.due(e.dueAt()) : "").setHeader("Due");
        grid.addColumn(e -> Words.category(e.aboutCategory())).setHeader("About");
        grid.addColumn(e -> Words.bestTime(e.bestTime())).setHeader("Best time");
        grid.addColumn(e -> e.claimedBy() == null ? "" : e.claimedBy()).setHeader("Claimed by");
        grid.addColumn(QueueEntry::failedAttempts).setHeader("Failed tries").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(e -> (e.urgent() ? "urgent " : "") + (e.urgent() && e.crisisKind() != null
                ? "crisis " : "") + (e.overdue() ? "overdue " : "") + (arrived.contains(e.id()) ? "arrived" : ""));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        return grid;
    }

    private RouterLink link(QueueEntry entry) {
        RouterLink link = new RouterLink(entry.reference(), CallbackDetailView.class,
                new RouteParameters(CallbackDetailView.ID, entry.id().toString()));
        link.getElement().setAttribute("aria-label", "Open request " + String.join(" ", entry.reference().split("")));
        link.addClassName("queue-reference");
        return link;
    }

    private void open(QueueEntry entry) {
        getUI().ifPresent(ui -> ui.navigate(CallbackDetailView.class,
                new RouteParameters(CallbackDetailView.ID, entry.id().toString())));
    }

    /** Reloads the rows in place: the same data provider, so the grid keeps its scroll position and selection. */
    void refresh() {
        @Nullable QueueEntry selected = grid.asSingleSelect().getValue();
        rows.clear();
        rows.addAll(queue.queue(filters.filter(), current.member()));
        data.refreshAll();
        if (selected != null) {
            rows.stream().filter(e -> e.id().equals(selected.id())).findFirst().ifPresent(grid::select);
        }
        long overdue = rows.stream().filter(QueueEntry::overdue).count();
        long urgent = rows.stream().filter(QueueEntry::urgent).count();
        long crisis = rows.stream().filter(e -> e.urgent() && e.crisisKind() != null).count();
        count.setText(rows.size() + (rows.size() == 1 ? " request" : " requests") + " shown, " + urgent + " urgent ("
                + crisis + " for crisis words), " + overdue + " overdue");
    }

    private void changed(CallbackEvent event) {
        if (!hubNames.containsKey(event.hubId())) {
            return;
        }
        if (event instanceof CallbackRequested) {
            arrived.add(event.requestId());
            announcement.setText("New callback request " + event.reference() + " for "
                    + hubNames.get(event.hubId()));
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        listening = updates.register(attach.getUI(), this::changed);
        attach.getUI().setPollInterval(60_000);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }
}
