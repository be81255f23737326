package uk.plymouth.wellbeing.signposting.directory.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.ItemJson;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion.VersionState;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Filter;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Show;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * Figures for the staff directory list: pages of 50 from 10,000 services and 5,000 activities recombined from the real
 * sample content (its 9 hubs; 3% temporarily closed, 10% at several hubs, last checked up to 3 years ago), with 60
 * drafts waiting (20 of them new items) in H2, for a mix of staff, hub leads and admins and of filters. Prints p50,
 * p90, p99 and the worst; asserts only that the lists are right, never a timing.
 *
 * <p>Run with {@code ./mvnw -o -q -pl signposting -am test -Pbenchmark -Dtest=DirectoryListingBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@SpringBootTest(classes = SignpostingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:listing-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "hub.catalogue.location=classpath:fixtures/content/",
            "hub.catalogue.check-for-changes-every=0s",
            "hub.search.semantic=false"
        })
class DirectoryListingBenchmarkTest {

    static final LocalDate TODAY = SignpostingTestApplication.TODAY;
    static final int SERVICES = 10_000;
    static final int ACTIVITIES = 5_000;
    static final int PAGE = 50;
    static final int WARM_UP = 3_000;
    static final int MEASURED = 5_000;

    @Autowired
    DirectoryListing listing;

    @Autowired
    Catalogue catalogue;

    @Autowired
    DirectoryVersions versions;

    final Random random = new Random(20261124L);

    @Test
    void pagesOfFifteenThousandItems() {
        ContentSet real = new ContentReader().read("classpath:content/", TODAY);
        CatalogueSnapshot big = generate(real);
        catalogue.replace(big);
        addDrafts(big, real);
        List<StaffIdentity> people = people(real.hubs());

        long cold = System.nanoTime();
        DirectoryListing.Page first = listing.page(people.get(0), Filter.everything(), 0, PAGE);
        double coldMs = (System.nanoTime() - cold) / 1e6;
        assertThat(first.total()).isEqualTo(SERVICES + ACTIVITIES + 20);
        assertThat(first.rows()).hasSize(PAGE);

        for (int i = 0; i < WARM_UP; i++) {
            listing.page(pick(people), filter(real), page(), PAGE);
        }
        long[] nanos = new long[MEASURED];
        long rows = 0;
        for (int i = 0; i < MEASURED; i++) {
            StaffIdentity who = pick(people);
            Filter filter = filter(real);
            int from = page();
            long t = System.nanoTime();
            DirectoryListing.Page page = listing.page(who, filter, from, PAGE);
            nanos[i] = System.nanoTime() - t;
            rows += page.rows().size();
        }
        long[] publishes = new long[20];
        for (int i = 0; i < publishes.length; i++) {
            catalogue.replace(withOneChanged(catalogue.snapshot()));
            long t = System.nanoTime();
            listing.page(pick(people), Filter.everything(), 0, PAGE);
            publishes[i] = System.nanoTime() - t;
        }
        long[] reloads = new long[5];
        for (int i = 0; i < reloads.length; i++) {
            catalogue.replace(generate(real));
            long t = System.nanoTime();
            listing.page(pick(people), Filter.everything(), 0, PAGE);
            reloads[i] = System.nanoTime() - t;
        }
        long[] homeNanos = new long[500];
        for (int i = 0; i < homeNanos.length; i++) {
            long t = System.nanoTime();
            listing.needsCheckingByHub(pick(people));
            homeNanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        Arrays.sort(homeNanos);
        Arrays.sort(publishes);
        Arrays.sort(reloads);
        System.out.printf(Locale.UK, "%nStaff directory list: %,d services + %,d activities, pages of %d, %,d measured "
                + "after %,d warm-up (load average %.2f, %d cores)%n", SERVICES, ACTIVITIES, PAGE, MEASURED, WARM_UP,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.UK, "  first page after a new catalogue (sorts it): %.1f ms%n", coldMs);
        System.out.printf(Locale.UK, "  first page after each of 20 publishes of one changed item: %s%n",
                figures(publishes));
        System.out.printf(Locale.UK, "  first page after each of 5 whole reloads (every record new): %s%n",
                figures(reloads));
        System.out.printf(Locale.UK, "  page: %s (%.1f rows a page on average)%n", figures(nanos),
                rows / (double) MEASURED);
        System.out.printf(Locale.UK, "  needs checking by hub (staff home): %s%n", figures(homeNanos));
        assertThat(rows).isPositive();
    }

    private static String figures(long[] sorted) {
        return String.format(Locale.UK, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, worst %.2f ms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The directory with one service renamed, as a publish leaves it: every other record the same object. */
    private CatalogueSnapshot withOneChanged(CatalogueSnapshot now) {
        List<HubService> services = new ArrayList<>(now.services().values());
        int at = random.nextInt(services.size());
        HubService s = services.get(at);
        services.set(at, new HubService(s.id(), s.hubIds(), s.category(), "Renamed " + s.name(), s.summary(),
                s.description(), s.whoFor(), s.cost(), s.access(), s.when(), s.sessions(), s.contact(),
                s.provider(), s.tags(), s.status(), s.statusNote(), s.lastVerified()));
        return CatalogueSnapshot.of(now.hubs().values(), services, now.activities().values(), now.districts(),
                now.synonyms(), now.loadedAt());
    }

    /** Admins, and staff and hub leads of one or two hubs. */
    private List<StaffIdentity> people(List<Hub> hubs) {
        List<StaffIdentity> people = new ArrayList<>();
        people.add(new StaffIdentity("admin", "Admin", StaffRole.ADMIN, Set.of()));
        for (int i = 0; i < hubs.size(); i++) {
            String hub = hubs.get(i).id();
            people.add(new StaffIdentity("staff-" + i, "Staff", StaffRole.STAFF, Set.of(hub)));
            people.add(new StaffIdentity("lead-" + i, "Lead", StaffRole.HUB_LEAD,
                    Set.of(hub, hubs.get((i + 1) % hubs.size()).id())));
        }
        return people;
    }

    /** Half with a hub, a third with a category, a fifth "needs checking", a quarter a word of a name. */
    private Filter filter(ContentSet real) {
        double show = random.nextDouble();
        Show which = show < 0.5 ? Show.EVERYTHING : show < 0.7 ? Show.ACTIVE : show < 0.8 ? Show.TEMPORARILY_CLOSED
                : show < 0.9 ? Show.DRAFT_WAITING : Show.ARCHIVED;
        String hub = random.nextBoolean() ? pick(real.hubs()).id() : null;
        Category category = random.nextDouble() < 0.33 ? pick(Arrays.asList(Category.values())) : null;
        String text = "";
        if (random.nextDouble() < 0.25) {
            String[] words = pick(real.services()).name().split(" ");
            text = words[random.nextInt(words.length)];
        }
        return new Filter(hub, category, which, random.nextDouble() < 0.2, text);
    }

    /** Mostly the first page; some later ones. */
    private int page() {
        return random.nextDouble() < 0.7 ? 0 : PAGE * random.nextInt(20);
    }

    private CatalogueSnapshot generate(ContentSet real) {
        List<HubService> services = new ArrayList<>();
        for (int i = 1; i <= SERVICES; i++) {
            HubService s = pick(real.services());
            Hub hub = pick(real.hubs());
            List<String> hubs = random.nextDouble() < 0.1 ? List.of(hub.id(), pick(real.hubs()).id()).stream()
                    .distinct().toList() : List.of(hub.id());
            String name = random.nextBoolean() ? s.name() : s.name() + " in " + hub.neighbourhood();
            boolean closed = random.nextDouble() < 0.03;
            services.add(new HubService(String.format(Locale.UK, "bench-s-%05d", i), hubs, s.category(), name,
                    s.summary(), s.description(), s.whoFor(), s.cost(), s.access(), s.when(), s.sessions(),
                    s.contact(), s.provider(), s.tags(), closed ? ItemStatus.TEMPORARILY_CLOSED : ItemStatus.ACTIVE,
                    closed ? "Closed for now." : null, TODAY.minusDays(random.nextInt(1_100))));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 1; i <= ACTIVITIES; i++) {
            Activity a = pick(real.activities());
            Hub hub = pick(real.hubs());
            String title = random.nextBoolean() ? a.title() : a.title() + " (" + hub.neighbourhood() + ")";
            activities.add(new Activity(String.format(Locale.UK, "bench-a-%05d", i), hub.id(), title, a.category(),
                    a.description(), a.whoFor(), a.schedule(), a.cost(), a.bookingNeeded(), a.bookingNote(),
                    a.tags(), a.status(), a.statusNote(), random.nextDouble() < 0.1 ? null
                            : TODAY.minusDays(random.nextInt(1_100))));
        }
        return CatalogueSnapshot.of(real.hubs(), services, activities, real.districts(), real.synonyms(),
                SignpostingTestApplication.NOW);
    }

    /** 40 drafts of live services and 20 of new ones, as staff would leave them. */
    private void addDrafts(CatalogueSnapshot big, ContentSet real) {
        List<HubService> live = new ArrayList<>(big.services().values());
        for (int i = 0; i < 60; i++) {
            HubService s = live.get(random.nextInt(live.size()));
            if (i >= 40) {
                s = new HubService(String.format(Locale.UK, "bench-new-%02d", i), s.hubIds(), s.category(),
                        "New " + s.name(), s.summary(), s.description(), s.whoFor(), s.cost(), s.access(), s.when(),
                        s.sessions(), s.contact(), s.provider(), s.tags(), s.status(), s.statusNote(), TODAY);
            }
            ItemRef ref = ItemRef.of(s);
            int next = versions.latest(ref) + 1;
            versions.insert(new StoredVersion(ref, next, VersionState.DRAFT, false, ItemJson.of(s).text(), "[]",
                    null, s.hubIds(), "staff-0", SignpostingTestApplication.NOW, null, null));
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
