package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AuditRecord;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackEvent;
import uk.plymouth.wellbeing.signposting.callback.CallbackNotFoundException;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * One request: why it is urgent (if it is), what the resident asked for, the safe-contact rules, what staff can do
 * now, the texts, the calls made, the notes and the audit trail. A request of another hub, or an id that is not a request, is "not found" (the callback queue
 * decides). A change made elsewhere shows here at once.
 */
@Route(value = "staff/callback/:" + CallbackDetailView.ID, layout = StaffLayout.class)
@PageTitle("Callback request - Wellbeing Hubs staff")
@PermitAll
class CallbackDetailView extends Main implements BeforeEnterObserver {

    static final String ID = "id";

    private final CallbackQueue queue;
    private final CurrentStaff current;
    private final QueueUpdates updates;
    private final Catalogue catalogue;
    private final CallbackTexts staffTexts;
    private final StaffTimes times;
    private @Nullable UUID requestId;
    private @Nullable Registration listening;
    final Span status = new Span();
    final Div changedElsewhere = new Div();

    CallbackDetailView(CallbackQueue queue, CurrentStaff current, QueueUpdates updates, Catalogue catalogue,
            CallbackTexts staffTexts, Clock clock) {
        this.staffTexts = staffTexts;
        this.queue = queue;
        this.current = current;
        this.updates = updates;
        this.catalogue = catalogue;
        this.times = new StaffTimes(clock);
        addClassName("staff-callback");
        status.getElement().setAttribute("role", "status");
        status.addClassName("visually-hidden");
        changedElsewhere.addClassName("changed-elsewhere");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().get(ID).flatMap(CallbackDetailView::uuid).orElse(null);
        Optional<CallbackDetails> found = requestId == null ? Optional.empty()
                : queue.view(requestId, current.member());
        found.ifPresentOrElse(this::show, this::notFound);
    }

    private void notFound() {
        requestId = null;
        removeAll();
        add(new H2("Request not found"), new Paragraph("There is no such request among your hubs' requests."),
                new RouterLink("Back to the queue", CallbackQueueView.class));
    }

    private void show(CallbackDetails request) {
        removeAll();
        String hubName = catalogue.hub(request.hubId()).map(Hub::name).orElse(request.hubId());
        @Nullable String itemTitle = request.aboutItemId() == null ? null
                : catalogue.item(request.aboutItemId()).map(DirectoryItem::title).orElse(request.aboutItemId());
        H2 title = new H2("Request " + request.reference());
        Span state = new Span(Words.status(request.status()) + (request.claimedBy() == null ? ""
                : " by " + request.claimedBy()) + (request.urgent() ? ", urgent" : "")
                + (request.overdue() ? ", overdue" : "") + ", failed tries " + request.failedAttempts());
        state.addClassName("request-state");
        if (request.urgent()) {
            state.addClassName("urgent");
        }
        changedElsewhere.removeAll();
        changedElsewhere.setVisible(false);
        add(new RouterLink("Back to the queue", CallbackQueueView.class), title, new UrgencyNotice(request), state,
                status, changedElsewhere, new CallbackActions(request, current.member(), this::run),
                new RequestFacts(request, hubName, itemTitle, times), new CallsMade(request, times), texts(request),
                new StaffNotes(request, times), audit(request.id()));
    }

    private void run(CallbackActions.Action action) {
        if (requestId == null) {
            return;
        }
        try {
            show(action.apply(queue, current.member()));
            status.setText("Saved.");
            Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CallbackNotFoundException gone) {
            notFound();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // someone else claimed or changed it first, or the change breaks the request's rules: say so, show now
            Notification note = Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
            status.setText(refused.getMessage());
        }
    }

    /** The request's texts and the box to text the resident (only for a request the queue let this member see). */
    private TextThreadSection texts(CallbackDetails request) {
        return new TextThreadSection(request, staffTexts.thread(request.id(), current.member()),
                staffTexts.whyNotTextable(request.id(), current.member()).orElse(null), times,
                typed -> sendText(request, typed));
    }

    private void sendText(CallbackDetails request, String typed) {
        try {
            staffTexts.send(request.id(), current.member(), typed);
            reload();
            status.setText("Text queued to send.");
            Notification.show("Text queued to send. Its progress shows under Texts.", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CallbackNotFoundException gone) {
            notFound();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // what was typed stays in the box, to shorten or keep
            String why = refused.getMessage().replaceFirst("^text: ", "");
            Notification.show(why, 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            status.setText(why);
        }
    }

    private Div audit(UUID id) {
        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(a -> times.exactly(a.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(a -> Words.action(a.action())).setHeader("What").setAutoWidth(true);
        grid.addColumn(a -> a.detail() == null ? "" : a.detail()).setHeader("Detail");
        grid.setItems(queue.auditTrail(id, current.member()));
        grid.setAllRowsVisible(true);
        Div section = new Div(new H3("Audit trail"), grid);
        section.addClassName("audit");
        return section;
    }

    /**
     * Someone else changed this request: say who and what, and offer the latest, but leave the screen as it is, so
     * nothing half-typed is lost. A button that no longer applies is refused by the queue with a clear message.
     */
    private void changed(CallbackEvent event) {
        boolean mine = current.member().username().equals(event.staff());
        if (requestId == null || !requestId.equals(event.requestId()) || mine) {
            return;
        }
        changedElsewhere.removeAll();
        Button latest = new Button("Show the latest", click -> reload());
        changedElsewhere.add(new Paragraph(Words.change(event)), latest);
        changedElsewhere.setVisible(true);
        status.setText(Words.change(event));
    }

    private void reload() {
        if (requestId != null) {
            queue.view(requestId, current.member()).ifPresentOrElse(this::show, this::notFound);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        listening = updates.register(attach.getUI(), this::changed);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
