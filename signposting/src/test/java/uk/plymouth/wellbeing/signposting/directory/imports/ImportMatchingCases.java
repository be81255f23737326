package uk.plymouth.wellbeing.signposting.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.directory.edit.FieldChange;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * How imported items meet the ones we have, on H2 ({@code ImportMatchingTest}) and PostgreSQL
 * ({@code ImportMatchingPostgresIT}): an item we already have is matched by name at the source's hub, staff's edits
 * are never overwritten, and however many instances look at once, a source runs once.
 */
abstract class ImportMatchingCases extends ImportFixture {

    @Autowired
    ImportSourceStore store;

    @Autowired
    ImportOverrides overrides;

    @Test
    void aServiceWeHaveIsMatchedByNameAtTheSourcesHubAndItsChangesWaitForReview() {
        feed.add(OrukFeed.service("debt-77", "DEBT and money advice!", "PL2 3QP")).serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", JAN_CUTTING, true);
        int servicesBefore = catalogue.services().size();

        RunReport report = run(source);

        assertThat(report.counts()).isEqualTo(new ImportCounts(5, 1, 0, 0, 1, 0));
        assertThat(catalogue.services()).hasSize(servicesBefore + 5);
        assertThat(catalogue.service("fixture-debt-advice").orElseThrow().name()).isEqualTo("Debt and money advice");
        ItemVersion draft = newest("fixture-debt-advice");
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.author()).isEqualTo("import:Council directory");
        assertThat(draft.note()).startsWith(ImportWrites.WAITS_FOR_REVIEW);
        assertThat(((HubService) draft.record()).hubIds()).as("still at both its hubs")
                .containsExactly(FOUR_GREENS, JAN_CUTTING);
    }

    @Test
    void aServiceStaffEditedKeepsTheirEditAndTheImportsChangeWaitsAsADraft() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        run(source);
        ItemVersion imported = newest("service-number-1");
        HubService service = (HubService) imported.record();
        editor.save(LEAD, new HubService(service.id(), service.hubIds(), service.category(), "Renamed by staff",
                service.summary(), service.description(), service.whoFor(), service.cost(), service.access(),
                service.when(), service.sessions(), service.contact(), service.provider(), service.tags(),
                service.status(), service.statusNote(), service.lastVerified()), imported.version(), null, true);
        server.forgetAnswers();
        feed.change("s1", s -> s.put("description", "New words from the source. More.")).serve(server, "/oruk", 2);

        RunReport report = run(source);

        assertThat(report.counts().drafts()).isEqualTo(1);
        assertThat(catalogue.service("service-number-1").orElseThrow().name()).isEqualTo("Renamed by staff");
        assertThat(newest("service-number-1").isDraft()).isTrue();
        assertThat(newest("service-number-1").note()).startsWith(ImportWrites.WAITS_FOR_REVIEW);
        ImportOverrides.Overrides shown = overrides.of(LEAD, new ItemRef(ItemKind.SERVICE, "service-number-1"))
                .orElseThrow();
        assertThat(shown.sourceName()).isEqualTo("Council directory");
        assertThat(shown.localChanges()).extracting(FieldChange::field).containsExactly("name");
        assertThat(overrides.of(LEAD, new ItemRef(ItemKind.SERVICE, "fixture-debt-advice")))
                .as("not imported").isEmpty();
    }

    @Test
    void twoInstancesLookingForDueSourcesAtOnceRunEachSourceOnce() throws Exception {
        feed.serve(server, "/oruk", 2);
        server.answer("/oruk/services?page=1&per_page=2", 200, feed.page(1, 2, 3), Duration.ofMillis(800));
        oruk("Council directory", FOUR_GREENS, true);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<List<RunReport>> lookForDue = () -> scheduler.runDue();
            List<Future<List<RunReport>>> looks = instances.invokeAll(List.of(lookForDue, lookForDue));
            int runs = looks.get(0).get().size() + looks.get(1).get().size();

            assertThat(runs).isEqualTo(1);
            assertThat(server.requested()).filteredOn(r -> r.startsWith("/oruk/services?page=1")).hasSize(1);
            assertThat(scheduler.runDue()).as("just run, not due again for 6 hours").isEmpty();
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void onlyOneOfManySimultaneousClaimsWins() throws Exception {
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        Instant now = SignpostingTestApplication.NOW;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = java.util.stream.IntStream.range(0, 8).<Callable<Boolean>>mapToObj(
                    n -> () -> store.claim(source.id(), UUID.randomUUID().toString(), now, now.minusSeconds(1800),
                            null)).toList();
            long won = threads.invokeAll(claims).stream().filter(DirectoryImportCasesSupport::done).count();
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRunLeftByAnInstanceThatDiedIsTakenOverOnceItIsStale() {
        feed.serve(server, "/oruk", 2);
        ImportSource source = oruk("Council directory", FOUR_GREENS, true);
        Instant now = SignpostingTestApplication.NOW;
        jdbc.update("update import_source set running_since = ?, run_token = 'dead' where id = ?",
                Timestamp.from(now.minus(Duration.ofMinutes(5))), source.id());

        assertThat(run(source).ran()).as("a run 5 minutes old may still be going").isFalse();
        assertThat(sources.list(ADMIN).get(0).statusLine()).startsWith("Running since");

        jdbc.update("update import_source set running_since = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofHours(2))), source.id());
        RunReport report = run(source);

        assertThat(report.ran()).isTrue();
        assertThat(report.counts().added()).isEqualTo(5);
    }
}
