package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;

/**
 * Publish-to-searchable latency for the benchmarks: staff edit the title and description of one random item at a
 * time; each publish is timed from the {@link ServiceSearch#update} call to the first search that finds the item by
 * a word it has only just been given. Prints figures; asserts only that every edit was found.
 */
final class PublishLatency {

    private final ServiceSearch search;
    private final @Nullable SemanticEmbeddings embeddings;
    private final Random random;
    private CatalogueSnapshot directory;
    private int edits;

    /** @param embeddings the search's, to tell how long each publish spent in the model; null: words only */
    PublishLatency(ServiceSearch search, @Nullable SemanticEmbeddings embeddings, CatalogueSnapshot directory,
            Random random) {
        this.search = search;
        this.embeddings = embeddings;
        this.directory = directory;
        this.random = random;
    }

    /** Runs {@code publishes} single-item publishes and prints the figures under {@code label}. */
    void run(String label, int publishes) {
        long[] total = new long[publishes];
        long[] update = new long[publishes];
        long[] firstSearch = new long[publishes];
        long[] model = new long[publishes];
        List<String> ids = new ArrayList<>(directory.services().keySet());
        ids.addAll(directory.activities().keySet());
        double loadBefore = load();
        for (int i = 0; i < publishes; i++) {
            String word = newWord();
            DirectoryItem edited = edited(item(ids.get(random.nextInt(ids.size()))), word);
            CatalogueSnapshot next = with(directory, edited); // the catalogue's work, not the search's: not timed
            long started = System.nanoTime();
            search.update(next, Set.of(edited.id()));
            long updated = System.nanoTime();
            model[i] = embeddings == null ? 0 : embeddings.lastEmbedMillis() * 1_000_000;
            int tries = 0;
            while (!foundBy(word, edited.id())) {
                assertThat(++tries).as(() -> "searches before '" + word + "' found " + edited.id() + ": "
                        + search.search(SearchRequest.forText(word))).isLessThan(1_000);
            }
            long found = System.nanoTime();
            total[i] = found - started;
            update[i] = updated - started;
            firstSearch[i] = found - updated;
            directory = next;
        }
        System.out.printf(Locale.UK, "  %s: %d single-item publishes, load average %.2f before, %.2f after%n", label,
                publishes, loadBefore, load());
        System.out.println("    " + line("update() to found by a search", total));
        System.out.println("    " + line("  of which update()", update));
        if (embeddings != null) {
            System.out.println("    " + line("    of which in the model", model) + " (whole ms)");
        }
        System.out.println("    " + line("  of which the search", firstSearch));
    }

    /** The same while another thread searches the benchmark's query mix without pause; returns searches run. */
    long runUnderLoad(String label, int publishes, List<SearchRequest> mix) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        Thread searcher = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                search.search(mix.get(i % mix.size()));
                searches.incrementAndGet();
            }
        }, "benchmark-searches");
        searcher.start();
        try {
            run(label + " (another thread searching all the while)", publishes);
        } finally {
            stop.set(true);
            searcher.join();
        }
        return searches.get();
    }

    CatalogueSnapshot directory() {
        return directory;
    }

    private boolean foundBy(String word, String id) {
        List<SearchHit> hits = search.search(SearchRequest.forText(word)).hits();
        return !hits.isEmpty() && hits.get(0).item().id().equals(id);
    }

    private DirectoryItem item(String id) {
        HubService service = directory.services().get(id);
        return service != null ? service : directory.activities().get(id);
    }

    /**
     * A made-up word no item has used yet, letters only: "pubmark", the edit's number in letters, and an "x" so that
     * no two stem alike ("pubmarky" and "pubmarki" would).
     */
    private String newWord() {
        StringBuilder word = new StringBuilder();
        for (int n = ++edits; n > 0; n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return "pubmark" + word + "x";
    }

    private static DirectoryItem edited(DirectoryItem item, String word) {
        if (item instanceof HubService s) {
            return new HubService(s.id(), s.hubIds(), s.category(), s.name() + " " + word, s.summary(),
                    "Now with " + word + ". " + s.description(), s.whoFor(), s.cost(), s.access(), s.when(),
                    s.sessions(), s.contact(), s.provider(), s.tags(), s.status(), s.statusNote(), s.lastVerified());
        }
        Activity a = (Activity) item;
        return new Activity(a.id(), a.hubId(), a.title() + " " + word, a.category(),
                "Now with " + word + ". " + a.description(), a.whoFor(), a.schedule(), a.cost(), a.bookingNeeded(),
                a.bookingNote(), a.tags(), a.status(), a.statusNote(), a.lastVerified());
    }

    private static CatalogueSnapshot with(CatalogueSnapshot snapshot, DirectoryItem item) {
        Map<String, HubService> services = new LinkedHashMap<>(snapshot.services());
        Map<String, Activity> activities = new LinkedHashMap<>(snapshot.activities());
        if (item instanceof HubService service) {
            services.put(service.id(), service);
        } else {
            activities.put(item.id(), (Activity) item);
        }
        return CatalogueSnapshot.of(snapshot.hubs().values(), services.values(), activities.values(),
                snapshot.districts(), snapshot.synonyms(), snapshot.loadedAt());
    }

    private static String line(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.UK, "%-30s p50 %7.2f  p95 %7.2f  max %7.2f  mean %7.2f ms", label,
                ms(SearchBenchmark.percentile(sorted, 50)), ms(SearchBenchmark.percentile(sorted, 95)),
                ms(sorted[sorted.length - 1]), ms(Math.round(Arrays.stream(sorted).average().orElse(0))));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
