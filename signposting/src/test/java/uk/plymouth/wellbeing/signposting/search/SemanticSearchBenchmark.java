package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;

/**
 * Semantic search figures for {@code docs/benchmarks/semantic-search.md}: model load time and memory, index build
 * with embeddings (empty cache, then a restart with the cache), query embedding latency, and hybrid query latency
 * against BM25-only, over {@link SearchBenchmark}'s synthetic directory of 10,000 services and 5,000 activities.
 *
 * <p>Run with {@code ./mvnw -q -B -pl signposting -am verify -Pbenchmark -Dtest='SemanticSearchBenchmark*'}.
 * {@code -Dtest.embedding-model=FULL} measures the unquantised model. Prints figures; never fails on timing.
 */
@Tag("benchmark")
public abstract class SemanticSearchBenchmark {

    static final int WARM_UP_QUERIES = 1_000;
    static final int MEASURED_QUERIES = 3_000;

    @TempDir
    Path cacheDirectory;

    @Test
    void benchmark() throws Exception {
        System.out.println();
        System.out.printf(Locale.UK, "== Semantic search benchmark: %d cores, Java %s, max heap %,d MiB, "
                + "load average at start %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load());

        long heapBefore = SearchBenchmark.usedHeapAfterGc();
        long rssBefore = rssKib();
        long started = System.nanoTime();
        MiniLmEmbedder.Variant variant = MiniLmEmbedder.Variant.valueOf(
                System.getProperty("test.embedding-model", "QUANTISED"));
        TextEmbedder model = MiniLmEmbedder.load(variant);
        model.embed("warm the model up");
        long loadMs = (System.nanoTime() - started) / 1_000_000;
        long heapWithModel = SearchBenchmark.usedHeapAfterGc();
        System.out.printf(Locale.UK, "-- Model %s: loaded (and one text embedded) in %,d ms; heap +%.1f MiB, "
                + "RSS +%.1f MiB (RSS now %.1f MiB)%n", model.modelId(), loadMs, mib(heapWithModel - heapBefore),
                (rssKib() - rssBefore) / 1024.0, rssKib() / 1024.0);

        ContentSet real = new ContentReader().read("classpath:content/", SearchBenchmark.TODAY);
        CatalogueSnapshot snapshot = new SearchBenchmark.Directory(real, new Random(SearchBenchmark.SEED))
                .generate(SearchBenchmark.SERVICES, SearchBenchmark.ACTIVITIES);
        Set<String> distinct = new LinkedHashSet<>();
        snapshot.services().values().forEach(s -> distinct.add(SemanticEmbeddings.textOf(s)));
        snapshot.activities().values().forEach(a -> distinct.add(SemanticEmbeddings.textOf(a)));
        int documents = snapshot.services().size() + snapshot.activities().size();
        System.out.printf(Locale.UK, "-- Directory: %,d services + %,d activities = %,d documents, %,d distinct "
                + "texts to embed%n", snapshot.services().size(), snapshot.activities().size(), documents,
                distinct.size());

        Clock clock = Clock.fixed(SearchBenchmark.TODAY.atTime(10, 0).atZone(SearchBenchmark.LONDON).toInstant(),
                SearchBenchmark.LONDON);
        ServiceSearch words = new ServiceSearch(clock, SearchProperties.defaults().withSemantic(false));
        long t = System.nanoTime();
        words.rebuild(snapshot);
        long wordsBuildMs = (System.nanoTime() - t) / 1_000_000;

        SemanticEmbeddings cold = SemanticEmbeddings.using(model, cacheDirectory, 0);
        ServiceSearch hybrid = new ServiceSearch(clock, SearchProperties.defaults(), cold);
        t = System.nanoTime();
        hybrid.rebuild(snapshot);
        long coldBuildMs = (System.nanoTime() - t) / 1_000_000;
        SemanticEmbeddings.Counts coldCounts = cold.lastCounts();
        long coldEmbedMs = cold.lastEmbedMillis();
        t = System.nanoTime();
        hybrid.rebuild(snapshot);
        long rebuildMs = (System.nanoTime() - t) / 1_000_000;
        SemanticEmbeddings restartedEmbeddings = SemanticEmbeddings.using(model, cacheDirectory);
        ServiceSearch restarted = new ServiceSearch(clock, SearchProperties.defaults(), restartedEmbeddings);
        t = System.nanoTime();
        restarted.rebuild(snapshot);
        long restartBuildMs = (System.nanoTime() - t) / 1_000_000;
        long cacheBytes;
        try (var files = Files.list(cacheDirectory)) {
            cacheBytes = files.mapToLong(SemanticSearchBenchmark::size).sum();
        }
        System.out.println("-- Index build (ServiceSearch.rebuild, wall time)");
        System.out.printf(Locale.UK, "  BM25 only:                           %,8d ms, index %.1f MiB%n", wordsBuildMs,
                mib(words.stats().indexBytes()));
        System.out.printf(Locale.UK, "  with embeddings, empty cache:        %,8d ms (%,d embedded, %,d cached), "
                + "index %.1f MiB; %,d ms of it in the model (%.2f ms a text); load average now %.2f%n", coldBuildMs,
                coldCounts.embedded(), coldCounts.cached(), mib(hybrid.stats().indexBytes()), coldEmbedMs,
                coldEmbedMs / (double) Math.max(1, coldCounts.embedded()), load());
        System.out.printf(Locale.UK, "  with embeddings, rebuild in process: %,8d ms (%s)%n", rebuildMs,
                cold.lastCounts());
        System.out.printf(Locale.UK, "  with embeddings, after a restart:    %,8d ms (%s); cache file %.1f MiB%n",
                restartBuildMs, restartedEmbeddings.lastCounts(), mib(cacheBytes));

        List<SearchBenchmark.Probe> mix = new SearchBenchmark.QueryMix(real, snapshot,
                new Random(SearchBenchmark.SEED + 1)).build(WARM_UP_QUERIES + MEASURED_QUERIES);
        List<String> texts = new ArrayList<>();
        mix.forEach(p -> texts.add(p.request().text()));
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            model.embed(texts.get(i));
        }
        long[] embedNanos = new long[MEASURED_QUERIES];
        for (int i = 0; i < MEASURED_QUERIES; i++) {
            long s = System.nanoTime();
            model.embed(texts.get(WARM_UP_QUERIES + i));
            embedNanos[i] = System.nanoTime() - s;
        }
        System.out.println("-- Latency, 1 thread (" + MEASURED_QUERIES + " queries after " + WARM_UP_QUERIES
                + " warm-up; the SearchBenchmark query mix: phrases, words, typos, places, categories, days)");
        System.out.println("  " + latency("query embedding alone", embedNanos));
        System.out.println("  " + latency("BM25 only", run(words, mix)));
        System.out.println("  " + latency("hybrid, every query embedded", run(hybrid, mix)));
        System.out.println("  " + latency("hybrid, recent-query cache on", run(restarted, mix)));

        System.out.printf(Locale.UK, "-- Load average at the end %.2f%n", load());
        assertThat(coldCounts.embedded()).isEqualTo(distinct.size());
        assertThat(restartedEmbeddings.lastCounts().embedded()).isZero();
        assertThat(hybrid.search(SearchRequest.forText("the cupboards are empty")).hits()).isNotEmpty();
    }

    /**
     * {@link SearchBenchmark#publishToSearchable} with semantic vectors on: each publish also embeds the edited item.
     * Runs on its own with {@code -Dtest='SemanticSearchBenchmarkTest#publishToSearchable'}.
     */
    @Test
    void publishToSearchable() throws Exception {
        SearchBenchmark.header();
        TextEmbedder model = MiniLmEmbedder.load(MiniLmEmbedder.Variant.valueOf(
                System.getProperty("test.embedding-model", "QUANTISED")));
        ContentSet real = new ContentReader().read("classpath:content/", SearchBenchmark.TODAY);
        CatalogueSnapshot snapshot = new SearchBenchmark.Directory(real, new Random(SearchBenchmark.SEED))
                .generate(SearchBenchmark.SERVICES, SearchBenchmark.ACTIVITIES);
        Clock clock = Clock.fixed(SearchBenchmark.TODAY.atTime(10, 0).atZone(SearchBenchmark.LONDON).toInstant(),
                SearchBenchmark.LONDON);
        SemanticEmbeddings embeddings = SemanticEmbeddings.using(model, cacheDirectory);
        ServiceSearch hybrid = new ServiceSearch(clock, SearchProperties.defaults(), embeddings);
        IndexStats built = hybrid.rebuild(snapshot);
        IndexStats rebuilt = hybrid.rebuild(snapshot);
        System.out.printf(Locale.UK, "%n-- Publish to searchable, semantic vectors on (%s; full build %,d ms with an "
                + "empty cache, %,d ms with every vector cached)%n", model.modelId(), built.buildTime().toMillis(),
                rebuilt.buildTime().toMillis());
        PublishLatency publishing = new PublishLatency(hybrid, embeddings, snapshot,
                new Random(SearchBenchmark.SEED + 5));
        publishing.run("warm-up", SearchBenchmark.PUBLISH_WARM_UP);
        publishing.run("no other searches", SearchBenchmark.PUBLISHES);
        List<SearchRequest> mix = new SearchBenchmark.QueryMix(real, snapshot, new Random(SearchBenchmark.SEED + 1))
                .build(2_000).stream().map(SearchBenchmark.Probe::request).toList();
        long searches = publishing.runUnderLoad("under load", SearchBenchmark.PUBLISHES, mix);
        System.out.printf(Locale.UK, "  hybrid searches by the other thread: %,d; last publish embedded %s%n",
                searches, embeddings.lastCounts());
        assertThat(embeddings.lastCounts().embedded()).isEqualTo(1);
        assertThat(hybrid.stats().documents()).isEqualTo(SearchBenchmark.SERVICES + SearchBenchmark.ACTIVITIES);
        hybrid.close();
    }

    private static long[] run(ServiceSearch search, List<SearchBenchmark.Probe> mix) {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(mix.get(i).request());
        }
        long[] nanos = new long[MEASURED_QUERIES];
        for (int i = 0; i < MEASURED_QUERIES; i++) {
            SearchRequest request = mix.get(WARM_UP_QUERIES + i).request();
            long s = System.nanoTime();
            search.search(request);
            nanos[i] = System.nanoTime() - s;
        }
        return nanos;
    }

    private static String latency(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.UK, "%-32s p50 %6.2f  p90 %6.2f  p99 %6.2f  max %7.2f ms", label,
                sorted[sorted.length / 2] / 1e6, SearchBenchmark.percentile(sorted, 90) / 1e6,
                SearchBenchmark.percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}

final class SemanticSearchBenchmarkTest extends SemanticSearchBenchmark {}
