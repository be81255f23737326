package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;

/**
 * BM25-only against hybrid (BM25 fused with all-MiniLM-L6-v2 vectors) on the real sample content, over the
 * relevance set ({@code resident-queries.yaml}) and the paraphrases ({@code paraphrases.yaml}: residents' words
 * that share little with the content). Prints success@3 and MRR@10 side by side; fails if hybrid loses on the
 * relevance set or does not win on the paraphrases.
 */
class RelevanceComparisonTest {

    @TempDir
    static Path cacheDirectory;

    private static CatalogueSnapshot snapshot;
    private static SemanticEmbeddings embeddings;

    @BeforeAll
    static void readRealContent() {
        ContentSet content = new ContentReader().read("classpath:content/", RelevanceTest.TODAY);
        snapshot = CatalogueSnapshot.of(content.hubs(), content.services(), content.activities(),
                content.districts(), content.synonyms(),
                RelevanceTest.TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
        embeddings = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
    }

    record Score(double successAt3, double mrr, List<String> misses) {}

    @Test
    void hybridBeatsWordsOnlyOnParaphrasesAndDoesNotLoseOnTheRelevanceSet() throws IOException {
        ServiceSearch words = search(SearchProperties.defaults().withSemantic(false));
        ServiceSearch hybrid = search(SearchProperties.defaults());
        List<Map<String, Object>> residents = queries("resident-queries.yaml");
        List<Map<String, Object>> paraphrases = queries("paraphrases.yaml");

        Score wordsOnResidents = score(words, residents);
        Score hybridOnResidents = score(hybrid, residents);
        Score wordsOnParaphrases = score(words, paraphrases);
        Score hybridOnParaphrases = score(hybrid, paraphrases);

        System.out.printf(Locale.UK, "%-28s %-22s %-22s%n", TestEmbedders.quantised().modelId(), "BM25 only",
                "hybrid (" + SearchProperties.defaults().fusion() + ")");
        row("relevance set (" + residents.size() + ")", wordsOnResidents, hybridOnResidents);
        row("paraphrases (" + paraphrases.size() + ")", wordsOnParaphrases, hybridOnParaphrases);
        System.out.println("Hybrid misses on the paraphrases:");
        hybridOnParaphrases.misses().forEach(System.out::println);
        System.out.println("Hybrid misses on the relevance set:");
        hybridOnResidents.misses().forEach(System.out::println);

        assertThat(paraphrases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(hybridOnResidents.successAt3()).as("success@3, relevance set")
                .isGreaterThanOrEqualTo(wordsOnResidents.successAt3());
        assertThat(hybridOnResidents.mrr()).as("MRR, relevance set").isGreaterThanOrEqualTo(wordsOnResidents.mrr());
        assertThat(hybridOnParaphrases.successAt3()).as("success@3, paraphrases")
                .isGreaterThan(wordsOnParaphrases.successAt3());
        assertThat(hybridOnParaphrases.mrr()).as("MRR, paraphrases").isGreaterThan(wordsOnParaphrases.mrr());
    }

    /** The figures behind the defaults: both fusions over a few floors and weights. Asserts only that it ran. */
    @Test
    void printsHowEachFusionMeasures() throws IOException {
        List<Map<String, Object>> residents = queries("resident-queries.yaml");
        List<Map<String, Object>> paraphrases = queries("paraphrases.yaml");
        System.out.printf(Locale.UK, "%-30s %-22s %-22s%n", "fusion", "relevance set", "paraphrases");
        int rows = 0;
        for (SearchProperties.Fusion fusion : SearchProperties.Fusion.values()) {
            for (double floor : new double[] {0.2, 0.25, 0.3}) {
                for (double weight : fusion == SearchProperties.Fusion.RRF ? new double[] {1.0}
                        : new double[] {0.5, 1.0, 2.0}) {
                    ServiceSearch hybrid = search(SearchProperties.defaults().withFusion(fusion, weight, floor));
                    Score a = score(hybrid, residents);
                    Score b = score(hybrid, paraphrases);
                    System.out.printf(Locale.UK, "%-30s %-22s %-22s%n",
                            fusion + " floor " + floor + (fusion == SearchProperties.Fusion.RRF ? ""
                                    : " weight " + weight), figures(a), figures(b));
                    rows++;
                }
            }
        }
        assertThat(rows).isEqualTo(12);
    }

    private static ServiceSearch search(SearchProperties properties) {
        Clock clock = Clock.fixed(RelevanceTest.TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        ServiceSearch search = new ServiceSearch(clock, properties, embeddings);
        search.rebuild(snapshot);
        return search;
    }

    private static void row(String name, Score words, Score hybrid) {
        System.out.printf(Locale.UK, "%-28s %-22s %-22s%n", name, figures(words), figures(hybrid));
    }

    private static String figures(Score score) {
        return String.format(Locale.UK, "s@3 %5.1f%% MRR %.4f", score.successAt3() * 100, score.mrr());
    }

    static Score score(ServiceSearch search, List<Map<String, Object>> queries) {
        int successes = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Map<String, Object> query : queries) {
            String text = (String) query.get("q");
            @SuppressWarnings("unchecked")
            List<String> accept = (List<String>) query.get("accept");
            SearchResults results = search.search(SearchRequest.forText(text).page(0, 10));
            int rank = firstAcceptable(results, accept);
            if (rank >= 1 && rank <= 3) {
                successes++;
            } else {
                misses.add(String.format(Locale.UK, "  %-60s want %-40s got %s", '"' + text + '"', accept,
                        results.hits().stream().limit(3).map(h -> h.item().id() + "(" + h.item().category().id()
                                + ")").toList()));
            }
            reciprocalRanks += rank >= 1 ? 1.0 / rank : 0;
        }
        return new Score((double) successes / queries.size(), reciprocalRanks / queries.size(), misses);
    }

    private static int firstAcceptable(SearchResults results, List<String> accept) {
        for (int i = 0; i < results.hits().size(); i++) {
            SearchHit hit = results.hits().get(i);
            if (accept.contains(hit.item().category().id()) || accept.contains(hit.item().id())) {
                return i + 1;
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> queries(String file) throws IOException {
        try (InputStream in = RelevanceComparisonTest.class.getResourceAsStream("/relevance/" + file)) {
            Map<String, Object> yaml = new Yaml().load(in);
            return (List<Map<String, Object>>) yaml.get("queries");
        }
    }
}
