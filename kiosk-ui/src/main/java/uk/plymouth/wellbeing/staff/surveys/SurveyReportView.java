package uk.plymouth.wellbeing.staff.surveys;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import uk.plymouth.wellbeing.HubApplication;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyFigures;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyReport;
import uk.plymouth.wellbeing.signposting.survey.report.SurveyReportQuery;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;
import uk.plymouth.wellbeing.staff.accounts.HubNames;

/**
 * The survey report for staff: pick a hub (or all one may see) and a period; see responses, SWEMWBS, ONS4,
 * satisfaction and comments, and download the same figures as CSV. Each refresh asks {@link SurveyReport} once; the
 * screen and the CSV both draw on that one {@link SurveyFigures}. Which hubs a member of staff sees is
 * {@link SurveyReport}'s decision: admins every hub, everyone else their own.
 */
@Route(value = "staff/surveys", layout = StaffLayout.class)
@PageTitle("Survey report - Wellbeing Hubs")
@PermitAll
class SurveyReportView extends VerticalLayout {

    /** The hub choice meaning every hub the viewer may see. */
    static final String ALL_MY_HUBS = "";

    private final SurveyReport report;
    private final StaffIdentity viewer;
    private final HubNames hubNames;
    private final SurveyReportSections sections;
    final Select<String> hub = new Select<>();
    final SurveyPeriod period;
    final Paragraph problem = new Paragraph();
    final Paragraph summary = new Paragraph();
    final Div content = new Div();
    final Anchor csv;
    private volatile @Nullable SurveyFigures figures;

    SurveyReportView(SurveyReport report, SurveyDefinitions definitions, Catalogue catalogue, Clock clock,
            CurrentStaff current, @Value("${hub.surveys.comment-retention:365d}") Duration commentRetention) {
        this.report = report;
        this.viewer = current.identity();
        this.hubNames = new HubNames(catalogue);
        this.sections = new SurveyReportSections(new SurveyNames(definitions), hubNames::name,
                HubApplication.PLYMOUTH, commentRetention.toDays());
        this.period = new SurveyPeriod(LocalDate.now(clock.withZone(HubApplication.PLYMOUTH)));
        addClassName("staff-survey-report");
        getStyle().set("padding", "var(--lumo-space-m)");
        List<String> choices = new ArrayList<>(List.of(ALL_MY_HUBS));
        hubNames.ids().stream().filter(viewer::canSee).forEach(choices::add);
        hub.setLabel("Hub");
        hub.setItems(choices);
        hub.setItemLabelGenerator(id -> id.equals(ALL_MY_HUBS) ? (viewer.isAdmin() ? "All hubs" : "All my hubs")
                : hubNames.name(id));
        hub.setValue(ALL_MY_HUBS);
        csv = new Anchor((DownloadHandler) this::writeCsv, "Download these figures (CSV)");
        csv.addClassName("survey-csv");
        csv.getStyle().set("display", "inline-flex").set("align-items", "center").set("min-height", "44px");
        HorizontalLayout controls = new HorizontalLayout(hub, period.from, period.to, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "700");
        problem.setVisible(false);
        summary.addClassName("survey-summary");
        summary.getStyle().set("font-size", "1.2rem");
        content.setWidthFull();
        add(new H1("Survey report"), controls, problem, summary, content);
        hub.addValueChangeListener(e -> refresh());
        period.from.addValueChangeListener(e -> refresh());
        period.to.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Asks for the figures once and shows them. */
    void refresh() {
        SurveyReportQuery query;
        try {
            String chosen = hub.getValue();
            query = period.query(chosen == null || chosen.equals(ALL_MY_HUBS) ? null : chosen);
        } catch (IllegalArgumentException badPeriod) {
            problem.setText(badPeriod.getMessage());
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        SurveyFigures shown = report.forPeriod(viewer, query);
        figures = shown;
        summary.setText(SurveyReportSections.summary(shown, hubNames::name));
        content.removeAll();
        sections.of(shown).forEach(content::add);
    }

    @Nullable SurveyFigures figures() {
        return figures;
    }

    /** The CSV of the figures on screen, as the download gives it. */
    String csvText() {
        SurveyFigures shown = figures;
        return shown == null ? "" : SurveyReportCsv.text(shown, hubNames::name, HubApplication.PLYMOUTH);
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        SurveyFigures shown = figures;
        if (shown == null) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(SurveyReportCsv.fileName(shown));
        event.setContentType("text/csv; charset=UTF-8");
        Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        out.write(SurveyReportCsv.text(shown, hubNames::name, HubApplication.PLYMOUTH));
        out.flush();
    }
}
