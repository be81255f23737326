package uk.plymouth.wellbeing.staff.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSource;
import uk.plymouth.wellbeing.signposting.directory.imports.ImportSources;
import uk.plymouth.wellbeing.signposting.directory.imports.InvalidSourceException;
import uk.plymouth.wellbeing.signposting.directory.imports.RunReport;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;
import uk.plymouth.wellbeing.staff.accounts.HubNames;

/**
 * Admins' list of the directories we import from, each with its status line (how its last run went, in plain
 * words), and the form to add one, change one or run it now. Every click is one call to {@link ImportSources} in the
 * admin's name, which checks again that they are an admin. "Run now" runs in the background and the list shows how
 * it went when it ends.
 */
@Route(value = "staff/imports", layout = StaffLayout.class)
@PageTitle("Import sources - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class ImportSourcesView extends Main {

    private static final Logger log = LoggerFactory.getLogger(ImportSourcesView.class);

    final Grid<ImportSource> grid = new Grid<>();
    final SourceForm form;
    final Paragraph outcome = new Paragraph();
    private final ImportSources sources;
    private final CurrentStaff current;

    ImportSourcesView(ImportSources sources, CurrentStaff current, Catalogue catalogue) {
        this.sources = sources;
        this.current = current;
        HubNames hubs = new HubNames(catalogue);
        form = new SourceForm(hubs);
        outcome.getElement().setAttribute("role", "status");
        grid.addColumn(ImportSource::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(s -> hubs.name(s.hubId())).setHeader("Hub").setAutoWidth(true);
        grid.addColumn(s -> s.enabled() ? "every " + s.every().toHours() + " h" : "off").setHeader("Runs");
        grid.addColumn(s -> s.publish() ? "at once" : "drafts").setHeader("Publishes");
        grid.addColumn(ImportSource::statusLine).setHeader("Last run").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> form.show(e.getValue()));
        form.add.addClickListener(click -> save(() -> sources.add(admin(), form.settings()), "Source added"));
        form.save.addClickListener(click -> save(() -> sources.edit(admin(), editingId(), form.settings()),
                "Changes saved"));
        form.runNow.addClickListener(click -> runNow());
        add(new H1("Import sources"), grid, form, outcome);
        refresh();
    }

    private void save(Supplier<ImportSource> change, String done) {
        try {
            ImportSource saved = change.get();
            refresh();
            grid.select(saved);
            outcome.setText(done + ".");
        } catch (InvalidSourceException invalid) {
            outcome.setText("Not saved. " + invalid.getMessage());
        }
    }

    private void runNow() {
        long id = editingId();
        StaffIdentity admin = admin();
        UI ui = UI.getCurrent();
        outcome.setText("Running: the list shows how it went when it ends.");
        CompletableFuture.supplyAsync(() -> sources.runNow(admin, id)).whenComplete((report, failed) ->
                ui.access(() -> {
                    refresh();
                    outcome.setText(failed != null ? "The run stopped with an error; the log has the details."
                            : words(report));
                    if (failed != null) {
                        log.error("Run now of import source {} failed", id, failed);
                    }
                }));
    }

    private static String words(RunReport report) {
        return report.ran() ? report.status() + ": " + report.message() : report.message();
    }

    private long editingId() {
        ImportSource editing = form.editing();
        if (editing == null) {
            throw new IllegalStateException("No source is chosen");
        }
        return editing.id();
    }

    private StaffIdentity admin() {
        return current.identity();
    }

    private void refresh() {
        grid.setItems(sources.list(admin()));
    }
}
