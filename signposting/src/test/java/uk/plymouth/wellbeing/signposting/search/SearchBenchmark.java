package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Search figures for the README: index build time and size, single-thread query and suggestion latency,
 * throughput, and how soon a published edit is searchable ({@link #publishToSearchable}), over a synthetic
 * directory of 10,000 services and 5,000 activities made by recombining the real sample content (its hubs,
 * postcode districts and synonyms are kept as they are).
 *
 * <p>Run with {@code ./mvnw -q -B -pl signposting -am verify -Pbenchmark}. It prints figures and asserts only
 * that the index and the searches work; it never fails on timing. Everything random is seeded, so two runs search
 * the same directory with the same queries.
 *
 * <p>The class is abstract and runs as {@link SearchBenchmarkTest} (below): Surefire only picks up classes named
 * {@code *Test}, and the benchmark profile narrows the tags but not the file names.
 */
@Tag("benchmark")
public abstract class SearchBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final long SEED = 20261124L;

    static final int SERVICES = 10_000;
    static final int ACTIVITIES = 5_000;
    static final double CLOSED_SHARE = 0.03;
    static final double MULTI_HUB_SHARE = 0.10;

    static final int WARM_UP_QUERIES = 2_000;
    static final int MEASURED_QUERIES = 5_000;
    static final int WARM_UP_SUGGESTIONS = 2_000;
    static final int MEASURED_SUGGESTIONS = 5_000;
    static final int BROWSE_QUERIES = 1_000;
    static final Duration THROUGHPUT_RUN = Duration.ofSeconds(10);
    static final int PUBLISH_WARM_UP = 50;
    static final int PUBLISHES = 200;

    @Test
    void benchmark() throws Exception {
        header();
        double loadAtStart = systemLoad();
        long heapAtStart = usedHeapAfterGc();

        // ---- the synthetic directory ------------------------------------------------------------------------
        ContentSet real = new ContentReader().read("classpath:content/", TODAY);
        long started = System.nanoTime();
        CatalogueSnapshot snapshot = new Directory(real, new Random(SEED)).generate(SERVICES, ACTIVITIES);
        long generateNanos = System.nanoTime() - started;
        long heapWithSnapshot = usedHeapAfterGc();
        describe(real, snapshot, generateNanos, heapWithSnapshot - heapAtStart);

        // ---- index build ------------------------------------------------------------------------------------
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
        ServiceSearch search = new ServiceSearch(clock, SearchProperties.defaults());
        long heapBeforeIndex = usedHeapAfterGc();
        IndexStats first = search.rebuild(snapshot);
        long heapWithIndex = usedHeapAfterGc();
        List<IndexStats> again = new ArrayList<>();
        long[] againWall = new long[3];
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            again.add(search.rebuild(snapshot));
            againWall[i] = System.nanoTime() - t;
        }
        long heapAfterRebuilds = usedHeapAfterGc();
        IndexStats best = again.stream().min(Comparator.comparing(IndexStats::buildTime)).orElseThrow();
        section("Index build (ServiceSearch.rebuild)");
        line("documents", "%,d", first.documents());
        line("index bytes (IndexStats.indexBytes)", "%,d (%.1f MiB)", first.indexBytes(), mib(first.indexBytes()));
        line("first build (cold JVM)", "%,d ms", first.buildTime().toMillis());
        line("next 3 builds", "%s ms", again.stream().map(s -> String.valueOf(s.buildTime().toMillis()))
                .collect(Collectors.joining(", ")));
        line("best of 3 builds", "%,d ms (wall time of rebuild() incl. swap: %,d ms)", best.buildTime().toMillis(),
                Arrays.stream(againWall).min().orElseThrow() / 1_000_000);
        line("heap used by the index", "%.1f MiB (used heap after GC: %.1f MiB before first build, %.1f MiB after)",
                mib(heapWithIndex - heapBeforeIndex), mib(heapBeforeIndex), mib(heapWithIndex));
        line("heap after 3 more rebuilds", "%.1f MiB (%+.1f MiB vs after the first: old generations released?)",
                mib(heapAfterRebuilds), mib(heapAfterRebuilds - heapWithIndex));

        sanityChecks(search, first);

        // ---- single-thread query latency ---------------------------------------------------------------------
        List<Probe> mix = new QueryMix(real, snapshot, new Random(SEED + 1)).build(WARM_UP_QUERIES + MEASURED_QUERIES);
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(mix.get(i).request());
        }
        List<Probe> measured = mix.subList(WARM_UP_QUERIES, mix.size());
        long[] nanos = new long[measured.size()];
        int[] totals = new int[measured.size()];
        GcWatch gc = new GcWatch();
        CpuWatch cpu = new CpuWatch();
        long allocatedBefore = allocatedByThisThread();
        for (int i = 0; i < measured.size(); i++) {
            SearchRequest request = measured.get(i).request();
            long t = System.nanoTime();
            SearchResults results = search.search(request);
            nanos[i] = System.nanoTime() - t;
            totals[i] = results.total();
        }
        String gcDuringQueries = gc.since();
        String cpuDuringQueries = cpu.since();
        long allocated = allocatedByThisThread() - allocatedBefore;
        section("Query latency, 1 thread (" + String.format(Locale.UK, "%,d", measured.size()) + " queries after a "
                + String.format(Locale.UK, "%,d", WARM_UP_QUERIES) + "-query warm-up; facets always counted)");
        System.out.println("  " + latencyLine("all queries", nanos));
        printBreakdown(measured, nanos);
        long zeroHits = Arrays.stream(totals).filter(t -> t == 0).count();
        System.out.printf(Locale.UK, "  results per query: median %,d, mean %,.0f, max %,d; %d%% found nothing%n",
                median(totals), Arrays.stream(totals).average().orElse(0), Arrays.stream(totals).max().orElse(0),
                Math.round(100.0 * zeroHits / totals.length));
        System.out.println("  GC while measuring: " + gcDuringQueries);
        System.out.println("  CPU while measuring: " + cpuDuringQueries);
        if (allocated > 0) {
            System.out.printf(Locale.UK, "  allocated per query: %.2f MiB on average (%,.0f MiB over %,d queries)%n",
                    mib(allocated) / measured.size(), mib(allocated), measured.size());
        }
        printSlowest(search, measured, nanos);

        // ---- browsing (no text: category chips, "near me") ----------------------------------------------------
        List<SearchRequest> browse = browseRequests(snapshot, new Random(SEED + 2), BROWSE_QUERIES);
        browse.forEach(search::search);
        long[] browseNanos = new long[browse.size()];
        for (int i = 0; i < browse.size(); i++) {
            long t = System.nanoTime();
            search.search(browse.get(i));
            browseNanos[i] = System.nanoTime() - t;
        }
        section("Browsing without text, 1 thread (category chip and/or place; every match ranked and counted)");
        System.out.println("  " + latencyLine("browse", browseNanos));

        // ---- suggestions ------------------------------------------------------------------------------------
        List<String> prefixes = prefixes(real, new Random(SEED + 3), WARM_UP_SUGGESTIONS + MEASURED_SUGGESTIONS);
        int suggested = 0;
        for (int i = 0; i < WARM_UP_SUGGESTIONS; i++) {
            suggested += search.suggest(prefixes.get(i), 6).size();
        }
        long[] suggestNanos = new long[MEASURED_SUGGESTIONS];
        for (int i = 0; i < MEASURED_SUGGESTIONS; i++) {
            String typed = prefixes.get(WARM_UP_SUGGESTIONS + i);
            long t = System.nanoTime();
            suggested += search.suggest(typed, 6).size();
            suggestNanos[i] = System.nanoTime() - t;
        }
        section("Suggestions, 1 thread (suggest(prefix, 6); " + String.format(Locale.UK, "%,d", MEASURED_SUGGESTIONS)
                + " prefixes after a " + String.format(Locale.UK, "%,d", WARM_UP_SUGGESTIONS) + " warm-up)");
        System.out.println("  " + latencyLine("suggest", suggestNanos));
        assertThat(suggested).as("suggestions returned").isPositive();

        // ---- throughput -------------------------------------------------------------------------------------
        section("Throughput (the same query mix, " + THROUGHPUT_RUN.toSeconds() + " s per run)");
        for (int threads : new int[] {1, 2}) {
            GcWatch gcWatch = new GcWatch();
            CpuWatch cpuWatch = new CpuWatch();
            long count = throughput(search, mix, threads, THROUGHPUT_RUN);
            line(threads + (threads == 1 ? " thread" : " threads"), "%,.0f queries/s (%,d queries; GC %s; CPU %s)",
                    count / (double) THROUGHPUT_RUN.toSeconds(), count, gcWatch.since(), cpuWatch.since());
        }
        section("Machine load");
        line("load average at start / end", "%.2f / %.2f (1 min; figures are only comparable on an idle machine)",
                loadAtStart, systemLoad());
        System.out.println();
        search.close();
    }

    /**
     * Publish-to-searchable latency at the same scale: {@value #PUBLISHES} single-item edits, each timed from
     * {@code update()} to a search finding the new word, alone and with another thread searching. Runs
     * on its own with {@code -Dtest='SearchBenchmarkTest#publishToSearchable'}; semantic vectors on:
     * {@link SemanticSearchBenchmark}.
     */
    @Test
    void publishToSearchable() throws Exception {
        header();
        ContentSet real = new ContentReader().read("classpath:content/", TODAY);
        CatalogueSnapshot snapshot = new Directory(real, new Random(SEED)).generate(SERVICES, ACTIVITIES);
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
        ServiceSearch search = new ServiceSearch(clock, SearchProperties.defaults());
        IndexStats built = search.rebuild(snapshot);
        section("Publish to searchable, words only (ServiceSearch.update; the full build took "
                + built.buildTime().toMillis() + " ms)");
        PublishLatency publishing = new PublishLatency(search, null, snapshot, new Random(SEED + 5));
        publishing.run("warm-up", PUBLISH_WARM_UP);
        publishing.run("no other searches", PUBLISHES);
        List<SearchRequest> mix = new QueryMix(real, snapshot, new Random(SEED + 1)).build(2_000).stream()
                .map(Probe::request).toList();
        long searches = publishing.runUnderLoad("under load", PUBLISHES, mix);
        line("searches by the other thread", "%,d", searches);
        line("index after the publishes", "%,d documents, %.1f MiB (was %.1f MiB), %d published since the build",
                search.stats().documents(), mib(search.stats().indexBytes()), mib(built.indexBytes()),
                search.publishedSinceFullBuild());
        assertThat(search.stats().documents()).isEqualTo(SERVICES + ACTIVITIES);
        assertThat(search.publishedSinceFullBuild()).isEqualTo(PUBLISH_WARM_UP + 2 * PUBLISHES);
        search.close();
    }

    // ================================================================================================================
    // Sanity: the only assertions
    // ================================================================================================================

    private static void sanityChecks(ServiceSearch search, IndexStats stats) {
        assertThat(stats.documents()).isEqualTo(SERVICES + ACTIVITIES);
        assertThat(search.stats().documents()).isEqualTo(SERVICES + ACTIVITIES);
        assertThat(stats.indexBytes()).isPositive();

        SearchResults debt = search.search(SearchRequest.forText("debt advice"));
        assertThat(debt.hits()).isNotEmpty();
        assertThat(debt.hits().get(0).item().category()).isEqualTo(Category.ADVICE);
        assertThat(debt.categoryCounts()).containsKey(Category.ADVICE);
        assertThat(debt.hubCounts()).isNotEmpty();

        SearchResults football = search.search(SearchRequest.forText("walking football").near("PL5", null));
        assertThat(football.hits()).isNotEmpty();
        assertThat(football.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull());
        assertThat(football.hits().get(0).item().id()).startsWith("bench-");

        SearchResults typo = search.search(SearchRequest.forText("councelling"));
        assertThat(typo.hits()).isNotEmpty();

        SearchResults tuesdays = search.search(SearchRequest.forText("stop smoking")
                .on(new DayFilter.OnWeekday(DayOfWeek.TUESDAY)).withCategory(Category.HEALTHY_LIFESTYLES));
        assertThat(tuesdays.hits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.item().category()).isEqualTo(Category.HEALTHY_LIFESTYLES));

        assertThat(search.suggest("foot", 5)).isNotEmpty();
    }

    // ================================================================================================================
    // The synthetic directory
    // ================================================================================================================

    /** Makes services and activities by recombining real ones of the same category. */
    static final class Directory {
        private final ContentSet real;
        private final Random random;
        private final List<Hub> hubs;
        private final Map<Category, List<HubService>> servicesByCategory = new EnumMap<>(Category.class);
        private final Map<Category, List<Activity>> activitiesByCategory = new EnumMap<>(Category.class);
        private final List<String> closedNotes = new ArrayList<>();

        Directory(ContentSet real, Random random) {
            this.real = real;
            this.random = random;
            this.hubs = real.hubs();
            real.services().forEach(s -> servicesByCategory.computeIfAbsent(s.category(), c -> new ArrayList<>())
                    .add(s));
            real.activities().forEach(a -> activitiesByCategory.computeIfAbsent(a.category(), c -> new ArrayList<>())
                    .add(a));
            real.services().stream().map(HubService::statusNote).filter(n -> n != null && !n.isBlank())
                    .forEach(closedNotes::add);
            real.activities().stream().map(Activity::statusNote).filter(n -> n != null && !n.isBlank())
                    .forEach(closedNotes::add);
            if (closedNotes.isEmpty()) {
                closedNotes.add("Closed for now while the room is refurbished.");
            }
        }

        CatalogueSnapshot generate(int serviceCount, int activityCount) {
            List<HubService> services = new ArrayList<>(serviceCount);
            for (int i = 1; i <= serviceCount; i++) {
                services.add(service(String.format(Locale.UK, "bench-s-%05d", i)));
            }
            List<Activity> activities = new ArrayList<>(activityCount);
            for (int i = 1; i <= activityCount; i++) {
                activities.add(activity(String.format(Locale.UK, "bench-a-%05d", i)));
            }
            return CatalogueSnapshot.of(real.hubs(), services, activities, real.districts(), real.synonyms(),
                    TODAY.atStartOfDay(LONDON).toInstant());
        }

        private HubService service(String id) {
            HubService base = pick(real.services());
            List<HubService> same = servicesByCategory.get(base.category());
            HubService other = pick(same);
            HubService third = pick(same);
            HubService timing = pick(same); // "when" and sessions travel together
            List<String> hubIds = hubIds();
            Hub hub = hub(hubIds.get(0));
            String name = switch (random.nextInt(5)) {
                case 0, 1 -> base.name();
                case 2 -> base.name() + " in " + hub.neighbourhood();
                case 3 -> capitalised(pick(other.tags())) + " and " + lowerFirst(base.name());
                default -> base.name() + " (" + pick(other.tags()) + ")";
            };
            String summary = random.nextDouble() < 0.4
                    ? base.summary() + " " + sentences(other.summary()).get(0)
                    : base.summary();
            boolean closed = random.nextDouble() < CLOSED_SHARE;
            return new HubService(id, hubIds, base.category(), name, summary,
                    mixedDescription(base.description(), other.description(), third.description()),
                    random.nextBoolean() ? base.whoFor() : other.whoFor(),
                    random.nextDouble() < 0.8 ? base.cost() : other.cost(), base.access(), timing.when(),
                    timing.sessions(), base.contact(), base.provider(), mixedTags(base.tags(), other.tags(),
                            third.tags()),
                    closed ? ItemStatus.TEMPORARILY_CLOSED : ItemStatus.ACTIVE, closed ? pick(closedNotes) : null,
                    TODAY.minusDays(random.nextInt(1_100)));
        }

        private Activity activity(String id) {
            Activity base = pick(real.activities());
            List<Activity> same = activitiesByCategory.get(base.category());
            Activity other = pick(same);
            Activity third = pick(same);
            Hub hub = pick(hubs);
            String title = switch (random.nextInt(5)) {
                case 0, 1 -> base.title();
                case 2 -> base.title() + " (" + hub.neighbourhood() + ")";
                case 3 -> capitalised(pick(other.tags())) + " and " + lowerFirst(base.title());
                default -> base.title() + " for " + pick(List.of("beginners", "everyone", "over 50s", "families",
                        "carers", "newcomers"));
            };
            boolean closed = random.nextDouble() < CLOSED_SHARE;
            return new Activity(id, hub.id(), title, base.category(),
                    mixedDescription(base.description(), other.description(), third.description()),
                    random.nextBoolean() ? base.whoFor() : other.whoFor(), schedule(pick(real.activities()).schedule()),
                    random.nextDouble() < 0.8 ? base.cost() : other.cost(), base.bookingNeeded(), base.bookingNote(),
                    mixedTags(base.tags(), other.tags(), third.tags()),
                    closed ? ItemStatus.TEMPORARILY_CLOSED : ItemStatus.ACTIVE, closed ? pick(closedNotes) : null,
                    random.nextDouble() < 0.1 ? null : TODAY.minusDays(random.nextInt(1_100)));
        }

        /** A real schedule, moved to another weekday half the time (first and excepted dates move with it). */
        private ActivitySchedule schedule(ActivitySchedule donor) {
            if (random.nextBoolean()) {
                return donor;
            }
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            long shift = day.getValue() - donor.day().getValue();
            return new ActivitySchedule(donor.frequency(), day, donor.time(),
                    donor.firstDate() == null ? null : donor.firstDate().plusDays(shift), donor.periods(),
                    donor.exceptDates().stream().map(d -> d.plusDays(shift)).toList());
        }

        private List<String> hubIds() {
            if (random.nextDouble() >= MULTI_HUB_SHARE) {
                return List.of(pick(hubs).id());
            }
            List<Hub> shuffled = new ArrayList<>(hubs);
            java.util.Collections.shuffle(shuffled, random);
            return shuffled.subList(0, 2 + random.nextInt(Math.min(4, hubs.size() - 1))).stream().map(Hub::id)
                    .toList();
        }

        private Hub hub(String id) {
            return hubs.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        }

        /** The base's first sentence, then its others and one or two from the others, lightly shuffled. */
        private String mixedDescription(String base, String other, String third) {
            List<String> own = sentences(base);
            List<String> rest = new ArrayList<>(own.subList(1, own.size()));
            rest.add(pick(sentences(other)));
            if (random.nextBoolean()) {
                rest.add(pick(sentences(third)));
            }
            java.util.Collections.shuffle(rest, random);
            return own.get(0) + " " + String.join(" ", rest);
        }

        private List<String> mixedTags(List<String> base, List<String> other, List<String> third) {
            Set<String> tags = new LinkedHashSet<>(base);
            int extra = 1 + random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                List<String> from = i % 2 == 0 ? other : third;
                if (!from.isEmpty()) {
                    tags.add(pick(from));
                }
            }
            return List.copyOf(tags);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    // ================================================================================================================
    // The query mix
    // ================================================================================================================

    /** One timed search and what kind of search it is, for the breakdown and the slowest list. */
    record Probe(SearchRequest request, String textKind, String placeKind, boolean category, boolean day) {

        String describe() {
            SearchRequest r = request;
            StringBuilder out = new StringBuilder('"' + abbreviated(r.text(), 70) + '"');
            if (r.place() != null) {
                out.append(" near(").append(r.place()).append(')');
            }
            if (!r.categories().isEmpty()) {
                out.append(" category=").append(r.categories().iterator().next().id());
            }
            if (!(r.day() instanceof DayFilter.AnyDay)) {
                out.append(" day=").append(dayInWords(r.day()));
            }
            if (r.preferredHubId() != null) {
                out.append(" kiosk=").append(r.preferredHubId());
            }
            if (r.page() > 0) {
                out.append(" page=").append(r.page());
            }
            return out.toString();
        }
    }

    /**
     * Residents' text: the relevance set's phrasings, single words from the directory, and typos of both. Half
     * with a place (as a postcode field or inside the text), a fifth with a category chip, a fifth with a day.
     */
    static final class QueryMix {
        private final Random random;
        private final List<String> phrases;
        private final List<String> singleWords;
        private final List<String> districts;
        private final List<String> areas;
        private final List<String> hubIds;

        QueryMix(ContentSet real, CatalogueSnapshot snapshot, Random random) throws IOException {
            this.random = random;
            this.phrases = residentPhrases();
            this.singleWords = singleWords(real);
            this.districts = real.districts().stream().filter(PostcodeDistrict::inPlymouth)
                    .map(PostcodeDistrict::district).toList();
            this.areas = real.districts().stream().filter(PostcodeDistrict::inPlymouth)
                    .flatMap(d -> d.areas().stream()).distinct().toList();
            this.hubIds = List.copyOf(snapshot.hubs().keySet());
        }

        List<Probe> build(int count) {
            List<Probe> probes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                probes.add(next());
            }
            return probes;
        }

        private Probe next() {
            String textKind;
            String text;
            double kind = random.nextDouble();
            if (kind < 0.5) {
                textKind = "phrase";
                text = pick(phrases);
            } else if (kind < 0.8) {
                textKind = "single word";
                text = pick(singleWords);
            } else {
                textKind = "typo";
                text = typo(random.nextBoolean() ? pick(phrases) : pick(singleWords));
            }
            String placeKind = "none";
            String place = null;
            if (random.nextBoolean()) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        placeKind = "near() district";
                        place = pick(districts);
                    }
                    case 1 -> {
                        placeKind = "near() postcode";
                        place = pick(districts) + " " + (1 + random.nextInt(9))
                                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
                    }
                    case 2 -> {
                        placeKind = "postcode in text";
                        text = text + " near " + pick(districts);
                    }
                    default -> {
                        placeKind = "area in text";
                        text = text + " in " + pick(areas);
                    }
                }
            }
            SearchRequest request = SearchRequest.forText(text);
            if (place != null) {
                request = request.near(place, null);
            }
            boolean category = random.nextDouble() < 0.2;
            if (category) {
                request = request.withCategory(Category.values()[random.nextInt(Category.values().length)]);
            }
            boolean day = random.nextDouble() < 0.2;
            if (day) {
                double which = random.nextDouble();
                request = request.on(which < 0.6 ? new DayFilter.OnWeekday(DayOfWeek.of(1 + random.nextInt(7)))
                        : which < 0.8 ? new DayFilter.OnDate(TODAY.plusDays(random.nextInt(14)))
                        : DayFilter.thisWeek(TODAY));
            }
            if (random.nextBoolean()) {
                request = request.preferringHub(pick(hubIds)); // a kiosk always knows its own hub
            }
            if (random.nextDouble() < 0.05) {
                request = request.page(1, 10);
            }
            return new Probe(request, textKind, placeKind, category, day);
        }

        /** One slip of the keyboard in one longer word: a letter dropped, doubled, swapped or replaced. */
        private String typo(String text) {
            String[] words = text.split(" ");
            List<Integer> longWords = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
                    longWords.add(i);
                }
            }
            if (longWords.isEmpty()) {
                return text;
            }
            int w = pick(longWords);
            String word = words[w];
            int at = 1 + random.nextInt(word.length() - 2);
            words[w] = switch (random.nextInt(4)) {
                case 0 -> word.substring(0, at) + word.substring(at + 1);
                case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
                case 2 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
            };
            return String.join(" ", words);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        @SuppressWarnings("unchecked")
        static List<String> residentPhrases() throws IOException {
            try (InputStream in = SearchBenchmark.class.getResourceAsStream("/relevance/resident-queries.yaml")) {
                Map<String, Object> file = new Yaml().load(in);
                return ((List<Map<String, Object>>) file.get("queries")).stream().map(q -> (String) q.get("q"))
                        .toList();
            }
        }

        /** One-word tags of the real items and the categories' everyday words. */
        private static List<String> singleWords(ContentSet real) {
            Set<String> words = new java.util.TreeSet<>();
            real.services().forEach(s -> s.tags().stream().filter(t -> !t.contains(" ")).forEach(words::add));
            real.activities().forEach(a -> a.tags().stream().filter(t -> !t.contains(" ")).forEach(words::add));
            for (Category category : Category.values()) {
                words.addAll(Arrays.asList(category.searchWords().split(" ")));
            }
            return List.copyOf(words);
        }
    }

    private static List<SearchRequest> browseRequests(CatalogueSnapshot snapshot, Random random, int count) {
        List<String> districts = snapshot.districts().stream().filter(PostcodeDistrict::inPlymouth)
                .map(PostcodeDistrict::district).toList();
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SearchRequest request = SearchRequest.browse();
            double kind = random.nextDouble();
            if (kind < 0.7) {
                request = request.withCategory(Category.values()[random.nextInt(Category.values().length)]);
            }
            if (kind >= 0.4) {
                request = request.near(districts.get(random.nextInt(districts.size())), null);
            }
            out.add(request);
        }
        return out;
    }

    /** What residents type before picking a suggestion: starts of real titles, tags and phrases, some with slips. */
    private static List<String> prefixes(ContentSet real, Random random, int count) throws IOException {
        List<String> sources = new ArrayList<>();
        real.services().forEach(s -> {
            sources.add(s.name());
            sources.addAll(s.tags());
        });
        real.activities().forEach(a -> {
            sources.add(a.title());
            sources.addAll(a.tags());
        });
        sources.addAll(QueryMix.residentPhrases());
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            String source = sources.get(random.nextInt(sources.size())).toLowerCase(Locale.UK);
            int length = Math.min(source.length(), 2 + random.nextInt(Math.min(14, Math.max(1, source.length() - 1))));
            String prefix = source.substring(0, length);
            if (random.nextDouble() < 0.1 && prefix.length() > 4) {
                int at = 1 + random.nextInt(prefix.length() - 2);
                prefix = prefix.substring(0, at) + prefix.substring(at + 1); // a dropped letter
            }
            if (!prefix.isBlank()) {
                out.add(prefix);
            }
        }
        return out;
    }

    // ================================================================================================================
    // Throughput
    // ================================================================================================================

    private static long throughput(ServiceSearch search, List<Probe> mix, int threads, Duration run)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + run.toNanos();
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int start = t * (mix.size() / threads);
                done.add(pool.submit(() -> {
                    long n = 0;
                    int i = start;
                    while (System.nanoTime() < deadline) {
                        search.search(mix.get(i).request());
                        i = (i + 1) % mix.size();
                        n++;
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    // ================================================================================================================
    // Reporting
    // ================================================================================================================

    static void header() {
        Runtime runtime = Runtime.getRuntime();
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.println("Search benchmark, " + ZonedDateTime.now(LONDON).format(
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.UK)));
        System.out.println("=".repeat(100));
        line("processors (nproc)", "%d", runtime.availableProcessors());
        line("Java", "%s (%s %s)", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"));
        line("max heap", "%,.0f MiB", mib(runtime.maxMemory()));
        line("garbage collectors", "%s", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        line("OS", "%s %s (%s)", System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        line("search clock (fixed)", "%s", TODAY);
        line("system load average (1 min)", "%.2f (includes this Maven build)", systemLoad());
    }

    private static void describe(ContentSet real, CatalogueSnapshot snapshot, long generateNanos, long heapBytes) {
        section("Synthetic directory (seed " + SEED + ")");
        long closed = snapshot.services().values().stream().filter(s -> s.status() != ItemStatus.ACTIVE).count()
                + snapshot.activities().values().stream().filter(a -> a.status() != ItemStatus.ACTIVE).count();
        long multiHub = snapshot.services().values().stream().filter(s -> s.hubIds().size() > 1).count();
        line("made from the real content", "%d services, %d activities, %d hubs, %d postcode districts",
                real.services().size(), real.activities().size(), real.hubs().size(), real.districts().size());
        line("generated", "%,d services + %,d activities = %,d items in %,d ms", snapshot.services().size(),
                snapshot.activities().size(), snapshot.itemCount(), generateNanos / 1_000_000);
        line("temporarily closed", "%,d (%.1f%%)", closed, 100.0 * closed / snapshot.itemCount());
        line("multi-hub services", "%,d (%.1f%% of services)", multiHub, 100.0 * multiHub / snapshot.services().size());
        line("heap used by the snapshot", "%.1f MiB (with the real content it was made from)", mib(heapBytes));
    }

    private static void printBreakdown(List<Probe> probes, long[] nanos) {
        Map<String, Predicate<Probe>> groups = new LinkedHashMap<>();
        groups.put("text: relevance-set phrase", p -> p.textKind().equals("phrase"));
        groups.put("text: single word", p -> p.textKind().equals("single word"));
        groups.put("text: with a typo", p -> p.textKind().equals("typo"));
        groups.put("text: 10+ words", p -> p.request().text().split("\\s+").length >= 10);
        groups.put("no place", p -> p.placeKind().equals("none"));
        groups.put("place, any (sorted by distance)", p -> !p.placeKind().equals("none"));
        for (String kind : List.of("near() district", "near() postcode", "postcode in text", "area in text")) {
            groups.put("place: " + kind, p -> p.placeKind().equals(kind));
        }
        groups.put("category filter", Probe::category);
        groups.put("day filter", Probe::day);
        groups.put("page 2", p -> p.request().page() > 0);
        for (Map.Entry<String, Predicate<Probe>> group : groups.entrySet()) {
            long[] some = select(probes, nanos, group.getValue());
            if (some.length > 0) {
                System.out.println("    " + latencyLine(group.getKey(), some));
            }
        }
    }

    /** The slowest measured searches, each re-timed to tell slow queries from GC pauses, then the slowest texts. */
    private static void printSlowest(ServiceSearch search, List<Probe> probes, long[] nanos) {
        Integer[] order = new Integer[nanos.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> nanos[i]).reversed());
        System.out.println("  slowest 12, one per text (ms as measured | median of 5 re-runs | results):");
        Set<String> seen = new java.util.HashSet<>();
        int shown = 0;
        for (int n = 0; n < order.length && shown < 12; n++) {
            Probe probe = probes.get(order[n]);
            if (!seen.add(probe.request().text())) {
                continue;
            }
            long[] again = new long[5];
            int total = 0;
            for (int k = 0; k < again.length; k++) {
                long t = System.nanoTime();
                total = search.search(probe.request()).total();
                again[k] = System.nanoTime() - t;
            }
            Arrays.sort(again);
            System.out.printf(Locale.UK, "    %7.2f | %6.2f | %5d  %s%n", ms(nanos[order[n]]), ms(again[2]), total,
                    probe.describe());
            shown++;
        }
        Map<String, long[]> byText = new HashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            String text = probes.get(i).request().text();
            byText.computeIfAbsent(text, t -> new long[2]);
            byText.get(text)[0] += nanos[i];
            byText.get(text)[1]++;
        }
        System.out.println("  slowest texts on average over the mix (mean ms | times asked):");
        byText.entrySet().stream().filter(e -> e.getValue()[1] >= 3)
                .sorted(Comparator.comparingDouble((Map.Entry<String, long[]> e) -> -e.getValue()[0]
                        / (double) e.getValue()[1]))
                .limit(8)
                .forEach(e -> System.out.printf(Locale.UK, "    %6.2f | %3d  \"%s\"%n",
                        ms(e.getValue()[0] / e.getValue()[1]), e.getValue()[1], abbreviated(e.getKey(), 90)));
    }

    private static long[] select(List<Probe> probes, long[] nanos, Predicate<Probe> which) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            if (which.test(probes.get(i))) {
                out.add(nanos[i]);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static String latencyLine(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.UK, "%-34s n=%,6d  p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f  mean %6.2f ms",
                label, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), ms(Math.round(Arrays.stream(sorted)
                        .average().orElse(0))));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("-- " + title);
    }

    private static void line(String label, String format, Object... args) {
        System.out.printf(Locale.UK, "  %-36s " + format + "%n", prepend(label, args));
    }

    private static Object[] prepend(String label, Object[] args) {
        Object[] out = new Object[args.length + 1];
        out[0] = label + ":";
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }

    private static String dayInWords(DayFilter day) {
        if (day instanceof DayFilter.OnWeekday weekday) {
            return weekday.day().name().toLowerCase(Locale.UK);
        }
        if (day instanceof DayFilter.OnDate date) {
            return date.date().toString();
        }
        if (day instanceof DayFilter.Between between) {
            return between.from() + ".." + between.to();
        }
        return "any";
    }

    /** Used heap once the collector has had a few chances to clear garbage. */
    static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /** Bytes this thread has allocated so far, or 0 where the JVM cannot tell. */
    private static long allocatedByThisThread() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean sun
                ? sun.getCurrentThreadAllocatedBytes() : 0L;
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Collections and collection time since it was made, over all collectors. */
    static final class GcWatch {
        private final long count = count();
        private final long millis = millis();

        String since() {
            return String.format(Locale.UK, "%d collections, %d ms", count() - count, millis() - millis);
        }

        private static long count() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long millis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    /**
     * CPU use of the whole machine and of this JVM since it was made, as shares of all processors: if the machine is
     * much busier than this JVM, something else was running and the figures are pessimistic.
     */
    static final class CpuWatch {
        private final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        private final long startNanos = System.nanoTime();
        private final long startCpu = processCpuNanos();

        CpuWatch() {
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                sun.getCpuLoad(); // starts the machine-wide measurement interval
            }
        }

        String since() {
            if (!(os instanceof com.sun.management.OperatingSystemMXBean sun)) {
                return "not measurable on this JVM";
            }
            double machine = sun.getCpuLoad();
            double own = (processCpuNanos() - startCpu)
                    / (double) ((System.nanoTime() - startNanos) * Runtime.getRuntime().availableProcessors());
            return String.format(Locale.UK, "machine %.0f%%, this JVM %.0f%% of %d processors%s", machine * 100,
                    own * 100, Runtime.getRuntime().availableProcessors(),
                    machine - own > 0.15 ? " <- other processes were busy: figures are pessimistic" : "");
        }

        private long processCpuNanos() {
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    static List<String> sentences(String text) {
        List<String> out = Arrays.stream(text.strip().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
        return out.isEmpty() ? List.of(text.strip()) : out;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String abbreviated(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}

/**
 * Runs {@link SearchBenchmark}. Surefire's includes are {@code **}{@code /*Test.java} in every profile, so a class
 * named only {@code SearchBenchmark} would never run; tagged "benchmark" (inherited), so the normal build skips it.
 */
final class SearchBenchmarkTest extends SearchBenchmark {}
