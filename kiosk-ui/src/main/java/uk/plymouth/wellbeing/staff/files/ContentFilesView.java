package uk.plymouth.wellbeing.staff.files;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.plymouth.wellbeing.signposting.catalogue.store.LargeRemovalException;
import uk.plymouth.wellbeing.signposting.directory.DirectoryFiles;
import uk.plymouth.wellbeing.signposting.directory.DirectoryStatus;
import uk.plymouth.wellbeing.staff.CurrentStaff;
import uk.plymouth.wellbeing.staff.StaffLayout;

/**
 * The directory's content files, for admins: what was last loaded and any problem with the files (named by file,
 * line and field), "Load the files again", a confirmation when a load would take many items off the directory, and
 * the whole live directory downloaded in the same file format.
 */
@Route(value = "staff/content-files", layout = StaffLayout.class)
@PageTitle("Content files - Wellbeing Hubs")
@RolesAllowed("ADMIN")
class ContentFilesView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    final Paragraph summary = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Button reload = new Button("Load the files again");
    final Button confirmRemoval = new Button("Yes, take them off the directory");
    final Anchor download;
    private final DirectoryFiles files;
    private final CurrentStaff current;
    private final DateTimeFormatter when;

    ContentFilesView(DirectoryFiles files, CurrentStaff current, Clock clock) {
        this.files = files;
        this.current = current;
        this.when = WHEN.withZone(clock.getZone());
        addClassName("content-files");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(click -> show(files.reload(current.identity(), false)));
        confirmRemoval.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirmRemoval.addClickListener(click -> show(files.reload(current.identity(), true)));
        download = new Anchor((DownloadHandler) this::writeZip, "Download the directory as files (zip)");
        download.getElement().setAttribute("download", true);
        problems.getElement().setAttribute("aria-label", "Problems with the files");
        add(new H1("Content files"),
                new Paragraph("Staff keep the directory in these screens. The content files are the first start's "
                        + "directory and a way to bring in or keep many changes at once: loading them changes only "
                        + "what the files changed since they were last loaded, and every change is a version that "
                        + "can be restored."),
                summary, problems, reload, confirmRemoval,
                new H2("Download"),
                new Paragraph("Everything live now, in the files' own format: keep it in version control or load "
                        + "it on another server."),
                download);
        show(files.status());
    }

    private void show(DirectoryStatus status) {
        summary.setText("Serving " + status.hubs() + " hubs, " + status.services() + " services and "
                + status.activities() + " activities from " + status.source()
                + (status.servingSince() == null ? "" : ", loaded " + when.format(status.servingSince())) + ". "
                + (status.latestFilesLoaded() ? "The latest load went well." : "The latest load was refused, "
                        + "so nothing changed:"));
        problems.removeAll();
        status.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
        problems.setVisible(!status.problems().isEmpty());
        confirmRemoval.setVisible(status.problems().stream()
                .anyMatch(problem -> problem.message().contains(LargeRemovalException.ASKS_FOR_CONFIRMATION)));
    }

    private void writeZip(DownloadEvent event) throws IOException {
        byte[] zip = files.exportZip(current.identity());
        event.setFileName("wellbeing-hubs-directory.zip");
        event.setContentType("application/zip");
        event.getOutputStream().write(zip);
    }
}
