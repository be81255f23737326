package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.signposting.testsupport.Fixtures.*;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;

/**
 * Publishing single items ({@link ServiceSearch#update}) over {@link ServiceSearchTest}'s directory: what a
 * publish changes is searchable at once, exactly as a full build of the same directory would have it.
 */
class IncrementalIndexTest {

    static final Activity ZUMBA = weekly("ci-zumba", "city", Category.SPORT_PHYSICAL_ACTIVITY, "Zumba fitness",
            DayOfWeek.FRIDAY, "Dance workout to Latin music.");

    CatalogueSnapshot directory;
    ServiceSearch search;

    @BeforeEach
    void indexFixtures() {
        directory = ServiceSearchTest.directory();
        search = new ServiceSearch(CLOCK, SearchProperties.defaults().withSemantic(false));
        search.rebuild(directory);
    }

    @Test
    void findsAnEditedServiceByItsNewWordsAndNoLongerByItsOldOnes() {
        assertThat(ids("back")).containsExactly("wh-back-care");
        assertThat(ids("pilates")).isEmpty();

        publish(with(directory, service("wh-back-care", "whitleigh", Category.LONG_TERM_CONDITIONS, "Pilates class",
                "Stretch and strengthen your core.")), "wh-back-care");

        assertThat(ids("pilates")).containsExactly("wh-back-care");
        assertThat(search("pilates").fixes()).isEmpty();
        assertThat(ids("core strength")).containsExactly("wh-back-care");
        assertThat(ids("back")).as("words the service no longer uses").isEmpty();
        assertThat(search("back").fixes()).as("nor mends to").isEmpty();
        assertThat(search.stats().documents()).isEqualTo(13);
        assertThat(search.publishedSinceFullBuild()).isEqualTo(1);
    }

    @Test
    void anArchivedItemDisappears() {
        assertThat(ids("knit")).containsExactly("ci-knit");
        assertThat(search("nattr").fixes()).containsExactly(new SpellingFix("nattr", "natter"));
        assertThat(search.suggest("knit", 5)).contains("Knit and natter");

        publish(without(directory, "ci-knit"), "ci-knit");

        assertThat(ids("knit")).isEmpty();
        assertThat(ids("knit and natter")).isEmpty();
        assertThat(search.search(SearchRequest.browse().page(0, 50)).total()).isEqualTo(12);
        assertThat(search.stats().documents()).isEqualTo(12);
        assertThat(search("nattr").fixes()).as("no item uses the word any more").isEmpty();
        assertThat(search.suggest("knit", 5)).doesNotContain("Knit and natter");
        assertThat(search.suggest("natter", 5)).isEmpty();
    }

    @Test
    void findsANewItemByAWordTheDirectoryHasNeverUsed() {
        assertThat(ids("zumba")).isEmpty();
        assertThat(search.suggest("zum", 5)).isEmpty();

        publish(with(directory, ZUMBA), "ci-zumba");

        assertThat(ids("zumba")).as("the word is not pruned from the query").containsExactly("ci-zumba");
        assertThat(search("zumba").fixes()).isEmpty();
        SearchResults typo = search("zumbs");
        assertThat(typo.fixes()).as("the spelling corrector knows the new word")
                .containsExactly(new SpellingFix("zumbs", "zumba"));
        assertThat(ids(typo)).containsExactly("ci-zumba");
        assertThat(ids("latin dance")).containsExactly("ci-zumba");
        assertThat(search.suggest("zum", 5)).containsExactly("Zumba fitness");
        assertThat(ids(search.search(SearchRequest.browse().withKind(DirectoryItem.Kind.ACTIVITY)
                .on(new DayFilter.OnWeekday(DayOfWeek.FRIDAY))))).containsExactly("ci-zumba");
        assertThat(search.stats().documents()).isEqualTo(14);
    }

    @Test
    void sortsAToZByTheNewTitleRightAfterARename() {
        SearchRequest food = SearchRequest.browse().withCategory(Category.FOOD).page(0, 50);
        assertThat(ids(search.search(food))).containsExactly("ci-pantry", "pl-food-bank", "wh-food-bank");

        CatalogueSnapshot renamed = with(directory, withCost(service("ci-pantry", "city", Category.FOOD,
                "Zero waste pantry", "Low cost groceries for members of the food club."), "£3 a bag"));
        publish(renamed, "ci-pantry");
        assertThat(ids(search.search(food))).containsExactly("pl-food-bank", "wh-food-bank", "ci-pantry");

        publish(with(renamed, service("wh-food-bank", "whitleigh", Category.FOOD, "A food bank",
                "Emergency food parcels for anyone struggling.", "hungry")), "wh-food-bank");
        assertThat(ids(search.search(food))).containsExactly("wh-food-bank", "pl-food-bank", "ci-pantry");
    }

    @Test
    void aSearchUnderWayWhenAnItemIsPublishedFinishesOnTheIndexItStartedOn() throws Exception {
        GatedEmbedder embedder = new GatedEmbedder("knit");
        ServiceSearch hybrid = new ServiceSearch(CLOCK, SearchProperties.defaults(),
                SemanticEmbeddings.using(embedder, null, 0));
        hybrid.rebuild(directory);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // the search has taken its generation and waits inside, at the embedding of its words
            Future<SearchResults> held = pool.submit(() -> hybrid.search(SearchRequest.forText("knit")));
            assertThat(embedder.entered.await(10, TimeUnit.SECONDS)).isTrue();

            hybrid.update(without(directory, "ci-knit"), Set.of("ci-knit"));
            hybrid.update(with(without(directory, "ci-knit"), ZUMBA), Set.of("ci-zumba"));
            assertThat(ids(hybrid.search(SearchRequest.forText("knit")))).isEmpty();
            embedder.open.countDown();

            SearchResults old = held.get(10, TimeUnit.SECONDS);
            assertThat(ids(old)).first().isEqualTo("ci-knit");
            assertThat(old.hits().get(0).item().title()).isEqualTo("Knit and natter");
            assertThat(old.hits().get(0).snippet().marked()).contains("**knit");
            assertThat(ids(hybrid.search(SearchRequest.forText("zumba")))).first().isEqualTo("ci-zumba");
        } finally {
            embedder.open.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void manyPublishesThenAFullRebuildGiveWhatAFreshBuildGives() {
        CatalogueSnapshot now = directory;
        List<Edit> edits = List.of(
                new Edit(service("wh-back-care", "whitleigh", Category.LONG_TERM_CONDITIONS, "Pilates class",
                        "Stretch and strengthen your core.", "pilates"), null),
                new Edit(ZUMBA, null),
                new Edit(null, "ci-knit"),
                new Edit(service("pl-stop-smoking", "plympton", Category.HEALTHY_LIFESTYLES, "Stop smoking clinic",
                        "Quit with free support, patches and medication.", "vaping", "nicotine"), null),
                new Edit(weekly("ci-zumba", "city", Category.SPORT_PHYSICAL_ACTIVITY, "Zumba gold",
                        DayOfWeek.SATURDAY, "Gentle dance workout for older adults."), null),
                new Edit(weekly("ci-knit", "city", Category.SOCIAL_ACTIVITIES, "Knit and natter",
                        DayOfWeek.THURSDAY, "Bring your knitting or crochet. Tea and a chat."), null),
                new Edit(null, "wh-debt"),
                new Edit(service("ci-counselling", "city", Category.MENTAL_HEALTH, "Counselling and talking therapy",
                        "Talk to a trained counsellor about how you feel."), null),
                new Edit(null, "pl-money-stale"),
                new Edit(service("ci-yoga", "city", Category.SPORT_PHYSICAL_ACTIVITY, "Chair yoga",
                        "Seated yoga for stiff joints.", "yoga"), null));
        for (Edit edit : edits) {
            now = edit.item() == null ? without(now, edit.goneId()) : with(now, edit.item());
            publish(now, edit.item() == null ? edit.goneId() : edit.item().id());
        }
        ServiceSearch fresh = new ServiceSearch(CLOCK, SearchProperties.defaults().withSemantic(false));
        fresh.rebuild(now);
        List<String> texts = List.of("counselling", "councelling", "talking therapy", "food bank", "debt advice",
                "money advice clinic", "pilates", "exercises", "zumba", "zumbs", "knit", "crochet", "nattr",
                "walking football thursday", "quit fags", "nicotine", "skint", "gentle dance", "yoga",
                "whats on saturday");

        assertThat(search.publishedSinceFullBuild()).isEqualTo(edits.size());
        assertThat(search.stats().documents()).isEqualTo(fresh.stats().documents()).isEqualTo(13);
        for (String text : texts) {
            SearchResults published = search(text);
            SearchResults built = fresh.search(SearchRequest.forText(text).page(0, 20));
            assertThat(Set.copyOf(ids(published))).as(text).isEqualTo(Set.copyOf(ids(built)));
            assertThat(published.fixes()).as(text).isEqualTo(built.fixes());
            assertThat(published.categoryCounts()).as(text).isEqualTo(built.categoryCounts());
        }
        for (String typed : List.of("zum", "knit", "pil", "foot", "yog", "counsel", "debt", "c")) {
            assertThat(search.suggest(typed, 6)).as(typed).isEqualTo(fresh.suggest(typed, 6));
        }

        search.rebuild(now);
        assertThat(search.publishedSinceFullBuild()).isZero();
        for (String text : texts) {
            assertThat(summary(search(text))).as(text)
                    .isEqualTo(summary(fresh.search(SearchRequest.forText(text).page(0, 20))));
        }
        SearchRequest browse = SearchRequest.browse().page(0, 50);
        assertThat(summary(search.search(browse))).isEqualTo(summary(fresh.search(browse)));
    }

    @Test
    void findsAPublishedItemByMeaningAndKeepsEveryOtherVectorCached(@TempDir Path cacheDirectory) {
        SemanticEmbeddings embeddings = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
        ServiceSearch hybrid = new ServiceSearch(CLOCK, SearchProperties.defaults(), embeddings);
        hybrid.rebuild(directory);
        assertThat(ids(hybrid.search(SearchRequest.forText("aerobics")))).doesNotContain("ci-zumba");

        CatalogueSnapshot next = with(directory, ZUMBA);
        hybrid.update(next, Set.of("ci-zumba"));

        assertThat(embeddings.lastCounts()).as("only the new item embedded")
                .isEqualTo(new SemanticEmbeddings.Counts(1, 0));
        assertThat(ids(hybrid.search(SearchRequest.forText("aerobics")))).first().isEqualTo("ci-zumba");
        assertThat(ids(search.search(SearchRequest.forText("aerobics")))).as("no word in common").isEmpty();

        SemanticEmbeddings afterRestart = SemanticEmbeddings.using(TestEmbedders.quantised(), cacheDirectory);
        new ServiceSearch(CLOCK, SearchProperties.defaults(), afterRestart).rebuild(directory);
        assertThat(afterRestart.lastCounts().embedded()).as("a publish leaves the cache file whole").isZero();
        hybrid.rebuild(next);
        assertThat(embeddings.lastCounts()).as("the published vector is kept for the next full build")
                .isEqualTo(new SemanticEmbeddings.Counts(0, 14));
    }

    @Test
    void aChangeOfHubsOrOfDayRebuildsTheWholeIndex() {
        publish(with(directory, ZUMBA), "ci-zumba");
        assertThat(search.publishedSinceFullBuild()).isEqualTo(1);

        Map<String, Hub> hubs = new LinkedHashMap<>(directory.hubs());
        hubs.put("city", hub("city", "Stonehouse", 50.3712, -4.1425));
        CatalogueSnapshot moved = CatalogueSnapshot.of(hubs.values(), directory.services().values(),
                List.of(ZUMBA), directory.districts(), directory.synonyms(), directory.loadedAt());
        search.update(moved, Set.of());
        assertThat(search.publishedSinceFullBuild()).as("rebuilt whole").isZero();
        assertThat(ids("stonehouse counselling")).first().isEqualTo("ci-counselling");
        assertThat(ids("knit")).as("the rebuild indexes next as it is").isEmpty();

        MutableClock clock = new MutableClock(CLOCK.instant(), PLYMOUTH);
        ServiceSearch daily = new ServiceSearch(clock, SearchProperties.defaults().withSemantic(false));
        daily.rebuild(directory);
        SearchRequest onTheDay = SearchRequest.browse().withKind(DirectoryItem.Kind.ACTIVITY)
                .on(new DayFilter.OnDate(TODAY.plusDays(1))).page(0, 50);
        clock.advance(Duration.ofDays(1));
        daily.update(with(directory, ZUMBA), Set.of("ci-zumba"));
        assertThat(daily.publishedSinceFullBuild()).as("a new day rebuilds whole").isZero();
        assertThat(ids(daily.search(onTheDay))).containsExactly("ci-knit");
    }

    @Test
    void idsThatNothingHoldsChangeNothing() {
        IndexStats before = search.stats();

        IndexStats after = search.update(directory, Set.of("no-such-item"));

        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(ids("counselling")).containsExactly("ci-counselling");
    }

    private record Edit(DirectoryItem item, String goneId) {}

    private void publish(CatalogueSnapshot next, String id) {
        search.update(next, Set.of(id));
    }

    /** The directory with this item added or put in place of the one with its id. */
    static CatalogueSnapshot with(CatalogueSnapshot snapshot, DirectoryItem item) {
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

    static CatalogueSnapshot without(CatalogueSnapshot snapshot, String id) {
        Map<String, HubService> services = new LinkedHashMap<>(snapshot.services());
        Map<String, Activity> activities = new LinkedHashMap<>(snapshot.activities());
        services.remove(id);
        activities.remove(id);
        return CatalogueSnapshot.of(snapshot.hubs().values(), services.values(), activities.values(),
                snapshot.districts(), snapshot.synonyms(), snapshot.loadedAt());
    }

    private SearchResults search(String text) {
        return search.search(SearchRequest.forText(text).page(0, 20));
    }

    private List<String> ids(String text) {
        return ids(search(text));
    }

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.item().id()).toList();
    }

    /** Everything a screen shows of the results, scores included. */
    private static String summary(SearchResults results) {
        List<String> hits = new ArrayList<>();
        results.hits().forEach(hit -> hits.add(String.format(Locale.UK, "%s %.6f %s", hit.item().id(), hit.score(),
                hit.snippet().marked())));
        return results.total() + " " + hits + " " + results.categoryCounts() + " " + results.hubCounts() + " "
                + results.fixes();
    }
}
