package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentReader;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentSet;

/**
 * The relevance set: residents' own phrasings (written blind to the content and synonyms) with the categories that
 * would satisfy them. Runs against the real sample content and fails if fewer than 90% find a right answer in the
 * top 3. Prints success@3, MRR@10 and every miss.
 */
class RelevanceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static ServiceSearch search;

    @BeforeAll
    static void indexRealContent() {
        search = realContentSearch();
    }

    static ServiceSearch realContentSearch() {
        ContentSet content = new ContentReader().read("classpath:content/", TODAY);
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(content.hubs(), content.services(), content.activities(),
                content.districts(), content.synonyms(), TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        ServiceSearch search = new ServiceSearch(clock, SearchProperties.defaults());
        search.rebuild(snapshot);
        return search;
    }

    @Test
    void residentsFindARightAnswerInTheTopThree() throws IOException {
        List<Map<String, Object>> queries = queries();
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
        double successAt3 = (double) successes / queries.size();
        double mrr = reciprocalRanks / queries.size();
        System.out.printf(Locale.UK, "Relevance set: %d queries, success@3 = %.1f%%, MRR@10 = %.3f%n",
                queries.size(), successAt3 * 100, mrr);
        misses.forEach(System.out::println);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(successAt3).as("success@3 over the relevance set").isGreaterThanOrEqualTo(0.90);
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
    private static List<Map<String, Object>> queries() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/resident-queries.yaml")) {
            Map<String, Object> file = new Yaml().load(in);
            return (List<Map<String, Object>>) file.get("queries");
        }
    }
}
