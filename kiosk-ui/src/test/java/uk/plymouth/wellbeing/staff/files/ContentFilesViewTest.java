package uk.plymouth.wellbeing.staff.files;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.directory.DirectoryFiles;
import uk.plymouth.wellbeing.signposting.directory.edit.EditNotAllowedException;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.StaffKaribu;
import uk.plymouth.wellbeing.staff.TestStaff;
import uk.plymouth.wellbeing.system.BundledContent;

/**
 * Admins and the content files, over the real app and database: a load that would take most services off the
 * directory waits for an admin's "yes" and changes nothing until then; the live directory downloads as files the
 * app reads back whole.
 */
@SpringBootTest(properties = {
        "hub.staff.admin-username=" + TestStaff.ADMIN,
        "hub.staff.admin-password=" + TestStaff.ADMIN_PASSWORD,
        "hub.staff.bcrypt-strength=4"})
@ActiveProfiles("test")
@Import(TestStaff.ClockConfiguration.class)
class ContentFilesViewTest {

    static final Path FOLDER = BundledContent.copyToTempFolder();

    @Autowired
    ApplicationContext context;

    @Autowired
    Catalogue catalogue;

    @Autowired
    DirectoryFiles files;

    @Autowired
    uk.plymouth.wellbeing.signposting.search.ServiceSearch search;

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("hub.catalogue.location", () -> FOLDER.toUri().toString());
        registry.add("hub.catalogue.check-for-changes-every", () -> "0s");
    }

    @AfterEach
    void tearDown() {
        StaffKaribu.stop();
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
    }

    @Test
    void aLoadThatWouldRemoveMostServicesWaitsForAnAdminsYes() throws IOException {
        ContentFilesView view = open();
        int services = catalogue.services().size();
        assertThat(view.summary.getText()).contains("Serving 9 hubs, " + services + " services");
        assertThat(view.confirmRemoval.isVisible()).isFalse();
        Path kept = FOLDER.resolve("services-kept");
        Files.move(FOLDER.resolve("services"), kept);
        Files.createDirectories(FOLDER.resolve("services"));
        Files.copy(kept.resolve("city-wide.yaml"), FOLDER.resolve("services/city-wide.yaml"));
        try {
            _click(view.reload);

            assertThat(view.problems.isVisible()).isTrue();
            assertThat(view.problems.getElement().getTextRecursively()).contains("an admin must confirm");
            assertThat(view.confirmRemoval.isVisible()).isTrue();
            assertThat(catalogue.services()).as("nothing changed yet").hasSize(services);

            _click(view.confirmRemoval);

            assertThat(catalogue.services()).hasSizeLessThan(services);
            assertThat(view.confirmRemoval.isVisible()).isFalse();
        } finally {
            FileSystemUtils.deleteRecursively(FOLDER.resolve("services"));
            Files.move(kept, FOLDER.resolve("services"));
        }
        _click(view.reload);
        assertThat(catalogue.services()).as("put back").hasSize(services);
    }

    @Test
    void theLiveDirectoryDownloadsAsFilesTheAppReadsBackWhole() throws IOException {
        byte[] zip = files.exportZip(admin());
        Path unpacked = Files.createTempDirectory("directory-download-");
        try {
            List<String> names = unzip(zip, unpacked);
            assertThat(names).contains("hubs.yaml", "postcodes.yaml", "synonyms.txt", "services/city-wide.yaml")
                    .anyMatch(name -> name.startsWith("activities/"));

            ContentSet back = new ContentReader().read(unpacked.toUri().toString(), LocalDate.of(2026, 11, 24));

            assertThat(back.services()).containsExactlyInAnyOrderElementsOf(catalogue.services());
            assertThat(back.activities()).containsExactlyInAnyOrderElementsOf(catalogue.activities());
            assertThat(back.hubs()).containsExactlyInAnyOrderElementsOf(catalogue.hubs());
        } finally {
            FileSystemUtils.deleteRecursively(unpacked);
        }
        StaffIdentity lead = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD, Set.of(TestStaff.FOUR_GREENS));
        assertThatThrownBy(() -> files.exportZip(lead)).isInstanceOf(EditNotAllowedException.class);
        assertThatThrownBy(() -> files.reload(lead, true)).isInstanceOf(EditNotAllowedException.class);
    }

    @Test
    void anAdminSavesResidentsWordsAndASlipIsNamedByItsLine() {
        StaffKaribu.start(context, TestStaff.ADMIN, StaffRole.ADMIN, ResidentWordsView.class);
        UI.getCurrent().navigate(ResidentWordsView.class);
        ResidentWordsView view = _get(ResidentWordsView.class);
        String before = view.text.getValue();
        assertThat(before).isNotBlank();

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.text, before + "\nthis line has no rule\n");
        _click(view.save);
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively()).contains("synonyms.txt, line ");
        assertThat(view.text.isInvalid()).isTrue();

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.text, before + "\nwombling => walking\n");
        _click(view.save);
        assertThat(view.outcome.getText()).startsWith("Saved");
        assertThat(search.search(uk.plymouth.wellbeing.signposting.search.SearchRequest.forText("wombling")).hits())
                .isNotEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.text, before);
        _click(view.save);
    }

    @Test
    void anAdminKeepsPostcodePlacesButEveryHubsDistrictMustStay() {
        StaffKaribu.start(context, TestStaff.ADMIN, StaffRole.ADMIN, PostcodePlacesView.class);
        UI.getCurrent().navigate(PostcodePlacesView.class);
        PostcodePlacesView view = _get(PostcodePlacesView.class);
        String before = view.text.getValue();

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.text, "districts:\n  - district: PL99\n"
                + "    lat: 50.4\n    lon: -4.1\n    in_plymouth: true\n    areas: [Nowhere]\n");
        _click(view.save);
        assertThat(view.problems.getElement().getTextRecursively()).contains("keep it in the list");
        assertThat(catalogue.snapshot().places().areaNames()).doesNotContain("nowhere");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(view.text, before);
        _click(view.save);
        assertThat(view.outcome.getText()).startsWith("Saved");
        assertThat(view.problems.isVisible()).isFalse();
    }

    private ContentFilesView open() {
        StaffKaribu.start(context, TestStaff.ADMIN, StaffRole.ADMIN, ContentFilesView.class);
        UI.getCurrent().navigate(ContentFilesView.class);
        return _get(ContentFilesView.class);
    }

    private static StaffIdentity admin() {
        return new StaffIdentity(TestStaff.ADMIN, "Admin", StaffRole.ADMIN, Set.of());
    }

    private static List<String> unzip(byte[] zip, Path folder) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as("inside the folder: " + entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
                names.add(entry.getName());
            }
        }
        return names;
    }
}
