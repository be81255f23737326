package uk.plymouth.wellbeing.signposting.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryEditor;
import uk.plymouth.wellbeing.signposting.directory.edit.ItemVersion;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;
import uk.plymouth.wellbeing.signposting.testsupport.TwoInstances;

/**
 * Two app instances on one real PostgreSQL, as in production: a change published on one is served by the other
 * (catalogue and search) within 2 seconds, through the database's change log alone.
 */
class DirectoryOnTwoInstancesPostgresIT {

    static final ItemRef DEBT = new ItemRef(ItemKind.SERVICE, "fixture-debt-advice");
    static final StaffIdentity LEAD = new StaffIdentity("lee", "Lee", StaffRole.HUB_LEAD,
            Set.of("fixture-four-greens", "fixture-jan-cutting"));
    static final Duration WITHIN = Duration.ofSeconds(2);

    static TwoInstances instances;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        instances = TwoInstances.start(List.of(WithSchedules.class));
        a = instances.a;
        b = instances.b;
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aChangePublishedOnOneInstanceIsSearchableOnTheOtherWithinTwoSeconds() throws Exception {
        DirectoryEditor editorOnA = a.getBean(DirectoryEditor.class);
        ItemVersion opened = editorOnA.open(LEAD, DEBT).orElseThrow();
        assertThat(found(b, "quokka")).isEmpty();

        long started = System.nanoTime();
        editorOnA.save(LEAD, CatalogueFixtures.renamed((HubService) opened.record(), "Quokka money clinic"),
                opened.version(), null, true);

        assertThat(found(a, "quokka")).as("at once on the instance that published").containsExactly(DEBT.id());
        awaitWithin(() -> found(b, "quokka").contains(DEBT.id()));
        System.out.printf("Published on A, searchable on B after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(b.getBean(Catalogue.class).service(DEBT.id()).orElseThrow().name()).isEqualTo("Quokka money clinic");
    }

    @Test
    void anItemArchivedOnOneInstanceLeavesTheOther() throws Exception {
        DirectoryEditor editorOnB = b.getBean(DirectoryEditor.class);
        ItemVersion opened = editorOnB.open(LEAD, DEBT).orElseThrow();

        editorOnB.archive(LEAD, DEBT, opened.version(), "Closed", true);

        awaitWithin(() -> a.getBean(Catalogue.class).service(DEBT.id()).isEmpty());
        assertThat(found(a, "debt")).doesNotContain(DEBT.id());
        ItemVersion archived = editorOnB.open(LEAD, DEBT).orElseThrow();
        editorOnB.restore(LEAD, DEBT, opened.version(), archived.version(), true);
        awaitWithin(() -> a.getBean(Catalogue.class).service(DEBT.id()).isPresent());
    }

    /** As in the app ({@code HubApplication}): each instance follows the change log on a schedule. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.scheduling.annotation.EnableScheduling
    static class WithSchedules {}

    private static List<String> found(ConfigurableApplicationContext instance, String words) {
        return instance.getBean(ServiceSearch.class).search(SearchRequest.forText(words)).hits().stream()
                .map(h -> h.item().id()).toList();
    }

    private static void awaitWithin(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not within " + WITHIN).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
