package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
        RelevanceComparisonTest.Score score = RelevanceComparisonTest.score(search, queries);
        double successAt3 = score.successAt3();
        double mrr = score.mrr();
        List<String> misses = score.misses();
        System.out.printf(Locale.UK, "Relevance set: %d queries, success@3 = %.1f%%, MRR@10 = %.3f%n",
                queries.size(), successAt3 * 100, mrr);
        misses.forEach(System.out::println);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(successAt3).as("success@3 over the relevance set").isGreaterThanOrEqualTo(0.90);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> queries() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/resident-queries.yaml")) {
            Map<String, Object> file = new Yaml().load(in);
            return (List<Map<String, Object>>) file.get("queries");
        }
    }
}
