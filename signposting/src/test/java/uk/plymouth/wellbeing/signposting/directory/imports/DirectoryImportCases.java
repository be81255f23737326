package uk.plymouth.wellbeing.signposting.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * What importing from an Open Referral UK API promises, on every database we support (H2 in
 * {@code DirectoryImportTest}, a real PostgreSQL server in {@code DirectoryImportPostgresIT}): paging, mapping,
 * re-imports, archiving only after complete runs, and faults (bad JSON, a missing field, a 500 part-way, a time-out,
 * no server) that change nothing live and say why on the source's status line.
 */
abstract class DirectoryImportCases extends ImportFixture {

    @Test
    void importsEveryPageAsServicesAtTheSourcesHubWithTheirContactsAndTimes() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.OK);
        assertThat(report.counts()).isEqualTo(new ImportCounts(5, 0, 0, 0, 0, 0));
        assertThat(server.requested()).filteredOn(r -> r.contains("page=")).containsExactly(
                "/oruk/services?page=1&per_page=2", "/oruk/services?page=2&per_page=2",
                "/oruk/services?page=3&per_page=2");
        assertThat(importedServices()).hasSize(5).allSatisfy(s -> assertThat(s.hubIds()).containsExactly(FOUR_GREENS));
        HubService first = catalogue.service("service-number-1").orElseThrow();
        assertThat(first.contact().phone()).isEqualTo("01752 000111");
        assertThat(first.contact().email()).isEqualTo("s1@example.org");
        assertThat(first.contact().website()).isEqualTo("https://example.org/s1");
        assertThat(first.summary()).isEqualTo("Service number 1 for anyone in the area.");
        assertThat(first.cost().free()).isTrue();
        assertThat(first.category()).isEqualTo(Category.ADVICE);
        assertThat(first.access()).containsExactly(AccessMode.DROP_IN);
        assertThat(first.sessions()).containsExactly(new Session(DayOfWeek.TUESDAY,
                new TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0))));
        assertThat(first.provider()).isEqualTo("Example Trust");
        assertThat(first.lastVerified()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(newest("service-number-1").author()).isEqualTo("import:Council directory");
        assertThat(sources.list(ADMIN).get(0).statusLine()).startsWith("OK, ").contains("5 added");
    }

    @Test
    void aSecondRunOfAnUnchangedSourceChangesNothing() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        int before = versions();

        server.forgetAnswers();
        feed.serve(server, "/oruk", 2);

        RunReport again = run(source);

        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 5, 0, 0, 0));
        assertThat(versions()).isEqualTo(before);
        assertThat(server.requested()).as("no details: each list entry's last_modified is as it was").hasSize(3);
    }

    @Test
    void withoutLastModifiedEveryServiceIsReadAgainAndStillNothingChanges() {
        feed.services().forEach(s -> s.remove("last_modified"));
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        int before = versions();
        server.forgetAnswers();
        feed.serve(server, "/oruk", 2);

        RunReport again = run(source);

        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 5, 0, 0, 0));
        assertThat(versions()).isEqualTo(before);
        assertThat(server.requested()).hasSize(3 + 5);
    }

    @Test
    void aChangedServiceBecomesANewVersionAndOnesGoneFromACompleteRunAreArchived() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        server.forgetAnswers();
        feed.change("s2", s -> s.put("name", "Service number 2, now on Fridays too")).remove("s5")
                .change("s4", s -> s.put("status", "defunct")).serve(server, "/oruk", 2);

        RunReport report = run(source);

        assertThat(report.counts()).isEqualTo(new ImportCounts(0, 1, 2, 2, 0, 0));
        assertThat(catalogue.service("service-number-2").orElseThrow().name())
                .isEqualTo("Service number 2, now on Fridays too");
        assertThat(newest("service-number-2").version()).isEqualTo(2);
        assertThat(catalogue.service("service-number-4")).isEmpty();
        assertThat(catalogue.service("service-number-5")).isEmpty();
        assertThat(newest("service-number-5").note()).isEqualTo("No longer in Council directory");
        assertThat(newest("service-number-4").note()).isEqualTo("Removed from Council directory");
    }

    @Test
    void aPageThatFailsPartWayMakesTheRunIncompleteAndArchivesNothing() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        server.forgetAnswers();
        feed.remove("s1").serve(server, "/oruk", 2);
        server.answer("/oruk/services?page=2&per_page=2", 500, "{\"code\":500}");

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).contains("stopped at page 2").contains("answered 500").contains(
                "Nothing was archived");
        assertThat(report.counts().archived()).isZero();
        assertThat(importedServices()).hasSize(5);
        assertThat(sources.list(ADMIN).get(0).statusLine()).startsWith("Failed, ").contains("answered 500");
    }

    @Test
    void badJsonChangesNothingAndSaysWhy() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        int before = versions();
        server.answer("/oruk/services?page=1&per_page=2", 200, "{\"contents\": [ {\"id\": \"s1\", ");

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).contains("did not give valid JSON");
        assertThat(report.counts()).isEqualTo(ImportCounts.NONE);
        assertThat(versions()).isEqualTo(before);
        assertThat(importedServices()).hasSize(5);
    }

    @Test
    void aServiceMissingARequiredFieldIsSkippedAndTheRestGoOn() {
        feed.change("s3", s -> s.remove("name")).serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.OK);
        assertThat(report.counts()).isEqualTo(new ImportCounts(4, 0, 0, 0, 0, 1));
        assertThat(report.message()).contains("service s3 has no name");
        assertThat(importedServices()).hasSize(4);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAFailureNotAHang() {
        feed.serve(server, "/oruk", 2);
        server.answer("/oruk/services?page=1&per_page=2", 200, feed.page(1, 2, 3), Duration.ofSeconds(5));
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        long started = System.nanoTime();

        RunReport report = run(source);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).contains("gave no answer within 2 s");
        assertThat(importedServices()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereIsAFailureInPlainWords() {
        ImportSource source = sources.add(ADMIN, new SourceSettings("Nobody home", SourceKind.ORUK,
                "http://127.0.0.1:9/api", FOUR_GREENS, Duration.ofHours(6), true, true));

        RunReport report = run(source);

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.message()).contains("could not connect to 127.0.0.1:9");
    }

    @Test
    void sourcesSetUpForReviewSaveDraftsThatAHubLeadPublishes() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, false);

        RunReport report = run(source);

        assertThat(report.counts()).isEqualTo(new ImportCounts(5, 0, 0, 0, 5, 0));
        assertThat(importedServices()).isEmpty();
        ItemVersion draft = newest("service-number-1");
        assertThat(draft.isDraft()).isTrue();
        editor.publish(LEAD, draft.ref(), draft.version());
        assertThat(importedServices()).extracting(HubService::id).containsExactly("service-number-1");
    }

    @Test
    void itemsTheContentFilesWouldRefuseAreSkippedWithTheFilesWords() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        jdbc.update("update import_source set hub_id = 'a-hub-since-closed' where id = ?", source.id());

        RunReport report = run(source);

        assertThat(report.counts()).isEqualTo(new ImportCounts(0, 0, 0, 0, 0, 5));
        assertThat(report.problems().get(0)).startsWith("service s1 (\"Service number 1\"): field 'hubs': ")
                .contains("a-hub-since-closed");
        assertThat(importedServices()).isEmpty();
    }
}
