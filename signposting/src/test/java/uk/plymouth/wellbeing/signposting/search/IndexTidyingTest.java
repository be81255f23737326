package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.plymouth.wellbeing.signposting.search.IncrementalIndexTest.ZUMBA;
import static uk.plymouth.wellbeing.signposting.search.IncrementalIndexTest.ids;
import static uk.plymouth.wellbeing.signposting.search.IncrementalIndexTest.with;
import static uk.plymouth.wellbeing.signposting.search.IncrementalIndexTest.without;
import static uk.plymouth.wellbeing.signposting.testsupport.Fixtures.*;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/** The full build that tidies the index in the background after many publishes ({@link Tidying}). */
class IndexTidyingTest {

    static final SearchProperties WORDS_ONLY = SearchProperties.defaults().withSemantic(false);
    static final List<String> TEXTS = List.of("knit", "crochet", "natter", "zumba", "food bank", "counselling",
            "councelling", "walking football", "skint");

    CatalogueSnapshot directory;
    ServiceSearch search;

    @BeforeEach
    void indexFixtures() {
        directory = ServiceSearchTest.directory();
        search = new ServiceSearch(CLOCK, WORDS_ONLY);
        search.rebuild(directory);
    }

    @Test
    void tidiesInTheBackgroundAfterManyPublishes() throws Exception {
        CatalogueSnapshot now = directory;
        for (int i = 1; i <= Tidying.MIN_PUBLISHED; i++) {
            assertThat(search.tidying()).as("no tidy before %d publishes", Tidying.MIN_PUBLISHED).isFalse();
            now = with(now, knit(i % 2 == 0 ? "Knit and natter" : "Crochet and natter"));
            search.update(now, Set.of("ci-knit"));
        }
        assertThat(search.tidying()).isTrue();
        for (int wait = 0; search.tidying() && wait < 600; wait++) {
            Thread.sleep(50);
        }

        assertThat(search.tidying()).isFalse();
        assertThat(search.publishedSinceFullBuild()).as("the tidied index is a full build").isZero();
        ServiceSearch fresh = new ServiceSearch(CLOCK, WORDS_ONLY);
        fresh.rebuild(now);
        for (String text : TEXTS) {
            assertThat(scored(search, text)).as(text).isEqualTo(scored(fresh, text));
        }
    }

    @Test
    void whatIsPublishedWhileATidyBuildsIsPublishedOntoIt() throws Exception {
        IndexGeneration from = search.current();
        IndexGeneration tidied = FullBuild.of(from.snapshot, from.builtFor, WORDS_ONLY, SemanticEmbeddings.off());
        CatalogueSnapshot now = with(directory, ZUMBA);
        search.update(now, Set.of("ci-zumba"));
        now = without(now, "ci-knit");
        search.update(now, Set.of("ci-knit"));
        now = with(now, service("ci-counselling", "city", Category.MENTAL_HEALTH, "Talking therapy",
                "Talk to a trained counsellor about how you feel."));
        search.update(now, Set.of("ci-counselling"));

        search.swapInTidied(from, tidied);

        assertThat(search.current().base).as("the tidied base is in use").isSameAs(tidied.base);
        assertThat(search.publishedSinceFullBuild()).as("three items published again onto it").isEqualTo(3);
        assertThat(ids(search.search(SearchRequest.forText("zumba")))).containsExactly("ci-zumba");
        assertThat(ids(search.search(SearchRequest.forText("knit")))).isEmpty();
        assertThat(search.search(SearchRequest.forText("counselling")).hits().get(0).item().title())
                .isEqualTo("Talking therapy");
        assertThatThrownBy(tidied::acquire).as("its own first generation is closed")
                .isInstanceOf(AlreadyClosedException.class);
        ServiceSearch fresh = new ServiceSearch(CLOCK, WORDS_ONLY);
        fresh.rebuild(now);
        for (String text : TEXTS) {
            assertThat(Set.copyOf(ids(search.search(SearchRequest.forText(text))))).as(text)
                    .isEqualTo(Set.copyOf(ids(fresh.search(SearchRequest.forText(text)))));
        }
    }

    @Test
    void aTidyOvertakenByAFullRebuildIsThrownAway() throws Exception {
        IndexGeneration from = search.current();
        IndexGeneration tidied = FullBuild.of(from.snapshot, from.builtFor, WORDS_ONLY, SemanticEmbeddings.off());
        search.rebuild(with(directory, ZUMBA));
        IndexGeneration rebuilt = search.current();

        search.swapInTidied(from, tidied);

        assertThat(search.current()).isSameAs(rebuilt);
        assertThat(ids(search.search(SearchRequest.forText("zumba")))).containsExactly("ci-zumba");
        assertThatThrownBy(tidied::acquire).isInstanceOf(AlreadyClosedException.class);
    }

    private static uk.plymouth.wellbeing.signposting.catalogue.Activity knit(String title) {
        return weekly("ci-knit", "city", Category.SOCIAL_ACTIVITIES, title, DayOfWeek.WEDNESDAY,
                "Bring your knitting or learn. Tea and a chat.");
    }

    private static List<String> scored(ServiceSearch search, String text) {
        return search.search(SearchRequest.forText(text)).hits().stream()
                .map(hit -> hit.item().id() + " " + hit.item().title() + " " + hit.score()).toList();
    }
}
