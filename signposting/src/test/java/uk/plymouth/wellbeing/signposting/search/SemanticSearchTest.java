package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.signposting.testsupport.Fixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** Search by meaning over the small hand-made directory of {@link ServiceSearchTest}, with the real model. */
class SemanticSearchTest {

    @TempDir
    Path cacheDirectory;

    SemanticEmbeddings embeddings;
    ServiceSearch hybrid;
    ServiceSearch wordsOnly;

    @BeforeEach
    void indexFixtures() {
        embeddings = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
        hybrid = new ServiceSearch(CLOCK, SearchProperties.defaults(), embeddings);
        hybrid.rebuild(ServiceSearchTest.directory());
        wordsOnly = new ServiceSearch(CLOCK, SearchProperties.defaults().withSemantic(false), embeddings);
        wordsOnly.rebuild(ServiceSearchTest.directory());
    }

    @Test
    void findsAFoodBankForWordsItDoesNotContain() {
        SearchResults found = hybrid.search(SearchRequest.forText("the cupboards are empty"));

        assertThat(found.hits()).isNotEmpty();
        assertThat(found.hits().get(0).item().category()).isEqualTo(Category.FOOD);
        assertThat(found.hits().get(0).snippet()).as("a meaning-only hit still carries a snippet").isNotNull();
        assertThat(wordsOnly.search(SearchRequest.forText("the cupboards are empty")).hits())
                .as("the BM25-only switch finds nothing for words the content does not use").isEmpty();
    }

    @Test
    void meaningKeepsToTheSameFilters() {
        assertThat(wordsOnly.search(SearchRequest.forText("I am starving")).hits()).isEmpty();
        assertThat(hybrid.search(SearchRequest.forText("I am starving")).hits()).extracting(hit -> hit.item().id())
                .contains("wh-food-bank", "pl-food-bank");

        SearchResults found = hybrid.search(SearchRequest.forText("I am starving").withHub("plympton"));

        assertThat(found.hits()).isNotEmpty();
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.item().hubIds()).contains("plympton"));
        assertThat(found.hits().get(0).item().id()).isEqualTo("pl-food-bank");

        SearchResults advice = hybrid.search(SearchRequest.forText("I can't afford groceries")
                .withCategory(Category.ADVICE));
        assertThat(advice.hits()).isNotEmpty();
        assertThat(advice.hits()).allSatisfy(hit -> assertThat(hit.item().category()).isEqualTo(Category.ADVICE));
    }

    @Test
    void textWithNoMeaningNearAnythingFindsNothing() {
        assertThat(hybrid.search(SearchRequest.forText("zxqv blorptang")).hits()).isEmpty();
    }

    @Test
    void wordMatchesStillComeFirstWhenTheyAreExact() {
        assertThat(hybrid.search(SearchRequest.forText("counselling")).hits().get(0).item().id())
                .isEqualTo("ci-counselling");
        assertThat(hybrid.search(SearchRequest.forText("walking football")).hits().stream().limit(2)
                .map(hit -> hit.item().id()).toList())
                .containsExactlyInAnyOrder("wh-walking-football", "pl-walking-football");
    }

    @Test
    void aRebuildOrARestartWithUnchangedContentEmbedsNothing() throws Exception {
        int items = hybrid.stats().documents();
        assertThat(Files.list(cacheDirectory).toList()).as("the cache file").hasSize(1);

        hybrid.rebuild(ServiceSearchTest.directory());
        assertThat(embeddings.lastCounts()).isEqualTo(new SemanticEmbeddings.Counts(0, items));

        SemanticEmbeddings afterRestart = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
        ServiceSearch restarted = new ServiceSearch(CLOCK, SearchProperties.defaults(), afterRestart);
        restarted.rebuild(ServiceSearchTest.directory());
        assertThat(afterRestart.lastCounts()).isEqualTo(new SemanticEmbeddings.Counts(0, items));
        assertThat(restarted.search(SearchRequest.forText("the cupboards are empty")).hits().get(0).item()
                .category()).isEqualTo(Category.FOOD);
    }

    @Test
    void identicalTextsAreEmbeddedOnce() {
        var directory = ServiceSearchTest.directory();
        SemanticEmbeddings fresh = SemanticEmbeddings.using(TestEmbedders.quantised(), null);
        new ServiceSearch(CLOCK, SearchProperties.defaults(), fresh).rebuild(directory);
        int items = directory.services().size() + directory.activities().size();
        // two food banks, two money advice clinics and two walking football groups share their text
        assertThat(fresh.lastCounts()).isEqualTo(new SemanticEmbeddings.Counts(items - 3, 0));
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        try (var files = Files.list(cacheDirectory)) {
            Path file = files.findFirst().orElseThrow();
            Files.write(file, new byte[] {1, 2, 3});
        }
        SemanticEmbeddings afterDamage = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
        new ServiceSearch(CLOCK, SearchProperties.defaults(), afterDamage).rebuild(ServiceSearchTest.directory());
        assertThat(afterDamage.lastCounts().cached()).isZero();
        assertThat(afterDamage.lastCounts().embedded()).isPositive();
    }
}
