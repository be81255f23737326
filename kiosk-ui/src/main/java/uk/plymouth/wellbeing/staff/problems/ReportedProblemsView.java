package uk.plymouth.wellbeing.staff.problems;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.problems.AlreadyResolvedException;
import uk.plymouth.wellbeing.signposting.problems.ProblemNotFoundException;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChanged;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.problems.ReportedProblem;
import uk.plymouth.wellbeing.signposting.problems.Resolution;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;
import uk.plymouth.wellbeing.staff.callbacks.StaffTimes;

/**
 * What residents said is wrong with listings at the staff member's hubs, newest first: the listing (a link to its
 * kiosk page), the hub, what is wrong, their note (always as text), and when; "Fixed" or "Not a problem" deals with
 * one. Which reports they may see and every look and action are decided and audited by {@link ProblemReports}. It
 * updates itself when a report is kept or dealt with anywhere, on this instance or another ({@link ProblemUpdates}).
 */
@Route(value = "staff/problems", layout = StaffLayout.class)
@PageTitle("Reported problems - Wellbeing Hubs staff")
@PermitAll
class ReportedProblemsView extends Main {

    static final String EMPTY = "No open reports for your hubs. When a resident says a listing is wrong, at a kiosk"
            + " or by text, it shows here.";

    private final ProblemReports reports;
    private final CurrentStaff current;
    private final Catalogue catalogue;
    private final StaffTimes times;
    private final ProblemUpdates updates;
    private @Nullable Registration listening;
    final Grid<ReportedProblem> grid = new Grid<>();
    final Paragraph empty = new Paragraph(EMPTY);
    final Span count = new Span();
    final Paragraph refused = new Paragraph();
    final Span announcement = new Span();

    ReportedProblemsView(ProblemReports reports, CurrentStaff current, Catalogue catalogue, ProblemUpdates updates,
            Clock clock) {
        this.reports = reports;
        this.updates = updates;
        this.current = current;
        this.catalogue = catalogue;
        this.times = new StaffTimes(clock);
        addClassName("staff-problems");
        announcement.getElement().setAttribute("role", "status");
        announcement.addClassName("queue-announcement");
        empty.addClassName("problems-empty");
        add(new H2("Reported problems"), new Paragraph("Residents told us these listings may be wrong. Check each one"
                + " (ring the service, or ask at the hub), put the content right if it needs it, then say what you"
                + " found."), count, refused, announcement, empty, grid());
        refresh();
    }

    private Grid<ReportedProblem> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(this::listing)).setHeader("Listing").setKey("listing")
                .setFlexGrow(2);
        grid.addColumn(report -> hubName(report.hubId())).setHeader("Hub");
        grid.addColumn(report -> sentence(report.kind().inWords())).setHeader("What is wrong");
        // a text column: the resident's words are never read as HTML
        grid.addColumn(report -> report.note() == null ? "" : report.note()).setHeader("Their words").setFlexGrow(3);
        grid.addColumn(report -> times.when(report.reportedAt()) + " (" + times.ago(report.reportedAt()) + ")")
                .setHeader("Reported").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(report -> report.channel() == Channel.SMS ? "Text" : report.channel() == Channel.KIOSK
                ? "Kiosk" : "Staff").setHeader("How").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Checked").setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Anchor listing(ReportedProblem report) {
        String title = report.itemTitle() == null ? report.itemId() + " (no longer listed)" : report.itemTitle();
        Anchor link = new Anchor("/service/" + report.itemId(), title, AnchorTarget.BLANK);
        link.getElement().setAttribute("title", "Opens the kiosk page in a new tab");
        return link;
    }

    private Div actions(ReportedProblem report) {
        String what = report.itemTitle() == null ? report.itemId() : report.itemTitle();
        Button fixed = new Button("Fixed", VaadinIcon.CHECK.create(), e -> resolve(report, Resolution.FIXED));
        fixed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fixed.getElement().setAttribute("aria-label", "Fixed: " + what);
        Button notAProblem = new Button("Not a problem", e -> resolve(report, Resolution.DISMISSED));
        notAProblem.getElement().setAttribute("aria-label", "Not a problem: " + what);
        Div buttons = new Div(fixed, notAProblem);
        buttons.addClassName("problem-actions");
        return buttons;
    }

    void resolve(ReportedProblem report, Resolution resolution) {
        String what = report.itemTitle() == null ? report.itemId() : report.itemTitle();
        try {
            reports.resolve(report.id(), resolution, current.member());
            announcement.setText((resolution == Resolution.FIXED ? "Marked fixed: " : "Marked not a problem: ")
                    + what + " at " + hubName(report.hubId()) + ".");
        } catch (AlreadyResolvedException | ProblemNotFoundException gone) {
            announcement.setText(gone.getMessage());
        }
        refresh();
    }

    /** Reloads the open reports (each one shown is audited as seen). */
    void refresh() {
        StaffMember me = current.member();
        List<ReportedProblem> open = reports.open(me);
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        empty.setVisible(open.isEmpty());
        count.setText(open.size() + (open.size() == 1 ? " open report" : " open reports"));
        int notKept = reports.refusedToday(me);
        refused.setText(notKept + (notKept == 1 ? " more report today was" : " more reports today were")
                + " not kept: too many came from one place or about one listing within the hour.");
        refused.setVisible(notKept > 0);
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

    /** Something changed somewhere: reload; say so when it is a new report at one of this member's hubs. */
    void changed(ProblemReportChanged change) {
        StaffMember me = current.member();
        if (change.resolution() == null && (me.admin() || me.hubIds().contains(change.hubId()))) {
            announcement.setText("A new report came in for " + hubName(change.hubId()) + ".");
        }
        refresh();
    }

    private String hubName(String hubId) {
        return catalogue.hub(hubId).map(Hub::name).orElse(hubId);
    }

    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
