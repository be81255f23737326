package uk.plymouth.wellbeing.staff.dashboard;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackDashboard;
import uk.plymouth.wellbeing.signposting.callback.report.CallbackFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardFigures;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardHub;
import uk.plymouth.wellbeing.signposting.callback.report.DashboardQuery;
import uk.plymouth.wellbeing.signposting.callback.report.HubWeek;
import uk.plymouth.wellbeing.signposting.callback.report.WeekTotal;
import uk.plymouth.wellbeing.signposting.problems.ProblemReports;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * The callback dashboard for hub leads and admins: pick a hub (or all of one's hubs) and a period; see the totals,
 * time to first contact for requests made urgent by crisis words on their own, charts and a table per hub and week,
 * and download the same figures as CSV. Each refresh asks
 * {@link CallbackDashboard} once; the charts, tables and CSV all draw on that one {@link DashboardFigures}.
 */
@Route(value = "staff/dashboard", layout = StaffLayout.class)
@PageTitle("Callback dashboard - Wellbeing Hubs")
@RolesAllowed({"HUB_LEAD", "ADMIN"})
class DashboardView extends VerticalLayout {

    static final DashboardHub ALL_MY_HUBS = new DashboardHub("", "All my hubs");

    private final CallbackDashboard dashboard;
    private final StaffIdentity viewer;
    final Select<DashboardHub> hub = new Select<>();
    final DashboardPeriod period = new DashboardPeriod();
    final Paragraph problem = new Paragraph();
    final DashboardSummary summary = new DashboardSummary();
    final CrisisFirstContact crisis = new CrisisFirstContact();
    final OpenReports openReports = new OpenReports();
    final Div charts = new Div();
    final Grid<WeekTotal> weekTable = new Grid<>();
    final Grid<TotalLine> totalsTable = new Grid<>();
    final Grid<HubWeek> hubWeekTable = new Grid<>();
    final Anchor csv;
    private volatile @Nullable DashboardFigures figures;

    DashboardView(CallbackDashboard dashboard, CurrentStaff current, ProblemReports problems) {
        this.dashboard = dashboard;
        this.viewer = current.identity();
        addClassName("staff-dashboard");
        List<DashboardHub> choices = new ArrayList<>(List.of(ALL_MY_HUBS));
        choices.addAll(dashboard.hubsFor(viewer));
        hub.setLabel("Hub");
        hub.setItems(choices);
        hub.setItemLabelGenerator(DashboardHub::name);
        hub.setValue(ALL_MY_HUBS);
        period.setValue(dashboard.defaultQuery());
        csv = new Anchor((DownloadHandler) this::writeCsv, "Download these figures (CSV)");
        csv.addClassName("dashboard-csv");
        HorizontalLayout controls = new HorizontalLayout(hub, period.from, period.to, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22rem, 1fr))")
                .set("gap", "1.5rem").set("width", "100%");
        setUpTables();
        openReports.show(problems.openCounts(current.member()), choices);
        add(new H1("Callback dashboard"), controls, problem, summary, crisis, openReports, charts,
                new H2("Each week, all hubs shown"), weekTable, new H2("The whole period"), totalsTable,
                new H2("Each hub and week"), hubWeekTable);
        hub.addValueChangeListener(e -> refresh());
        period.from.addValueChangeListener(e -> refresh());
        period.to.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Asks for the figures once and shows them. */
    void refresh() {
        DashboardQuery query;
        try {
            query = period.query(hub.getValue() == null || hub.getValue() == ALL_MY_HUBS ? null
                    : hub.getValue().id());
        } catch (IllegalArgumentException badPeriod) {
            problem.setText(badPeriod.getMessage().replaceFirst("^to: ", "Period: "));
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        DashboardFigures shown = dashboard.forPeriod(viewer, query);
        figures = shown;
        show(shown);
    }

    @Nullable DashboardFigures figures() {
        return figures;
    }

    private void show(DashboardFigures shown) {
        CallbackFigures total = shown.total();
        summary.show(shown);
        crisis.show(total.crisis());
        charts.removeAll();
        for (String svg : List.of(DashboardCharts.requestsPerWeek(shown), DashboardCharts.withinTargetPerWeek(shown),
                DashboardCharts.outcomes(shown), DashboardCharts.attempts(shown), DashboardCharts.categories(shown),
                DashboardCharts.channels(shown))) {
            // wrapped, so the browser parses the markup as SVG rather than making an unknown <svg> HTML element
            charts.add(new Html("<div class=\"dashboard-chart\">" + svg + "</div>"));
        }
        weekTable.setItems(shown.isEmpty() ? List.of() : shown.weeks());
        totalsTable.setItems(TotalLine.of(total));
        hubWeekTable.setItems(shown.rows());
    }

    private void setUpTables() {
        weekTable.addColumn(w -> DashboardCharts.weekLabel(w.weekStart()) + " (" + w.isoWeek() + ")")
                .setHeader("Week starting").setAutoWidth(true);
        number(weekTable, "Requests", WeekTotal::requests);
        number(weekTable, "Urgent", WeekTotal::urgent);
        number(weekTable, "Within target", w -> DashboardCharts.percent(w.percentWithinTarget()));
        weekTable.setAllRowsVisible(true);

        totalsTable.addColumn(TotalLine::group).setHeader("Figure");
        totalsTable.addColumn(TotalLine::label).setHeader("");
        number(totalsTable, "Number", TotalLine::count);
        totalsTable.setAllRowsVisible(true);

        hubWeekTable.addColumn(r -> r.hub().name()).setHeader("Hub").setAutoWidth(true).setFrozen(true);
        hubWeekTable.addColumn(r -> DashboardCharts.weekLabel(r.weekStart())).setHeader("Week starting")
                .setAutoWidth(true);
        number(hubWeekTable, "Requests", r -> r.figures().requests());
        number(hubWeekTable, "Urgent", r -> r.figures().urgent());
        number(hubWeekTable, "Median to first call",
                r -> DashboardCharts.hours(r.figures().medianHoursToFirstContact()));
        number(hubWeekTable, "Within target", r -> DashboardCharts.percent(r.figures().percentWithinTarget()));
        number(hubWeekTable, "Done", r -> r.figures().done());
        number(hubWeekTable, "Unable to contact", r -> r.figures().unableToContact());
        number(hubWeekTable, "Still open", r -> r.figures().stillOpen());
        for (Channel channel : Channel.values()) {
            number(hubWeekTable, DashboardCharts.channelName(channel), r -> r.figures().channels().get(channel));
        }
        number(hubWeekTable, "Crisis requests", r -> r.figures().crisis().requests());
        number(hubWeekTable, "Crisis median to first call", r -> DashboardCharts.hours(r.figures().crisis()
                .medianHours()));
        number(hubWeekTable, "Crisis within target", r -> DashboardCharts.percent(r.figures().crisis()
                .percentWithinTarget()));
        hubWeekTable.setAllRowsVisible(true);
    }

    private static <T> void number(Grid<T> grid, String header, ValueProvider<T, ?> value) {
        grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        DashboardFigures shown = figures;
        if (shown == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(dashboard.csvFileName(shown));
        event.setContentType("text/csv; charset=UTF-8");
        Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        dashboard.writeCsv(shown, out);
        out.flush();
    }
}
