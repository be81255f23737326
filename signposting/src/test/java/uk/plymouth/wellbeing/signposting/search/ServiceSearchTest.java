package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.plymouth.wellbeing.signposting.testsupport.Fixtures.*;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;

/** The search over a small hand-made directory, with exact expectations (Lucene demo style). */
class ServiceSearchTest {

    static final String SYNONYMS = """
            skint, broke => skint, broke, money, debt
            fags, cigarettes, smoking
            food bank, foodbank, food parcel
            """;

    ServiceSearch search;

    @BeforeEach
    void indexFixtures() {
        search = new ServiceSearch(CLOCK, SearchProperties.defaults());
        search.rebuild(directory());
    }

    static CatalogueSnapshot directory() {
        List<Hub> hubs = List.of(hub("whitleigh", "Whitleigh", 50.4215, -4.1432),
                hub("plympton", "Plympton", 50.3962, -4.0318), hub("city", "City Centre", 50.3712, -4.1425));
        List<HubService> services = List.of(
                service("wh-food-bank", "whitleigh", Category.FOOD, "Food bank",
                        "Emergency food parcels for anyone struggling.", "hungry"),
                service("pl-food-bank", "plympton", Category.FOOD, "Food bank",
                        "Emergency food parcels for anyone struggling.", "hungry"),
                withCost(service("ci-pantry", "city", Category.FOOD, "Community pantry",
                        "Low cost groceries for members of the food club."), "£3 a bag"),
                service("wh-debt", "whitleigh", Category.ADVICE, "Debt and money advice",
                        "Free help with debts, bills and bailiffs.", "debt", "bailiffs"),
                withStatus(service("ci-closed-debt", "city", Category.ADVICE, "Debt advice drop-in",
                        "Help with debts and bills."), ItemStatus.TEMPORARILY_CLOSED, TODAY.minusDays(20)),
                service("ci-money-fresh", "city", Category.ADVICE, "Money advice clinic", "Advice on budgeting."),
                withStatus(service("pl-money-stale", "plympton", Category.ADVICE, "Money advice clinic",
                        "Advice on budgeting."), ItemStatus.ACTIVE, TODAY.minusYears(3)),
                service("ci-counselling", "city", Category.MENTAL_HEALTH, "Counselling",
                        "Talk to a trained counsellor about how you feel."),
                service("wh-back-care", "whitleigh", Category.LONG_TERM_CONDITIONS, "Back care class",
                        "Gentle exercises for back pain."),
                service("pl-stop-smoking", "plympton", Category.HEALTHY_LIFESTYLES, "Stop smoking clinic",
                        "Quit with free support and medication.", "vaping"));
        List<Activity> activities = List.of(
                weekly("wh-walking-football", "whitleigh", Category.SPORT_PHYSICAL_ACTIVITY, "Walking football",
                        DayOfWeek.TUESDAY, "Gentle football at walking pace."),
                weekly("pl-walking-football", "plympton", Category.SPORT_PHYSICAL_ACTIVITY, "Walking football",
                        DayOfWeek.THURSDAY, "Gentle football at walking pace."),
                weekly("ci-knit", "city", Category.SOCIAL_ACTIVITIES, "Knit and natter", DayOfWeek.WEDNESDAY,
                        "Bring your knitting or learn. Tea and a chat."));
        return snapshot(hubs, services, activities, SYNONYMS);
    }

    @Test
    void ranksAnExactTitleMatchFirst() {
        assertThat(ids(search("counselling"))).first().isEqualTo("ci-counselling");
    }

    @Test
    void mendsTypingSlipsAndSaysSo() {
        SearchResults results = search("councelling");

        assertThat(ids(results)).first().isEqualTo("ci-counselling");
        assertThat(results.fixes()).containsExactly(new SpellingFix("councelling", "counselling"));
        assertThat(results.didYouMean()).isEqualTo("counselling");
    }

    @Test
    void neverMendsAWordItKnows() {
        SearchResults results = search("back");

        assertThat(results.fixes()).isEmpty();
        assertThat(ids(results)).containsExactly("wh-back-care");
    }

    @Test
    void understandsResidentsWords() {
        assertThat(search("skint").hits()).first()
                .satisfies(hit -> assertThat(hit.item().category()).isEqualTo(Category.ADVICE));
        assertThat(ids(search("quit fags"))).first().isEqualTo("pl-stop-smoking");
        assertThat(ids(search("foodbank"))).startsWith("pl-food-bank", "wh-food-bank")
                .doesNotContain("wh-debt");
    }

    @Test
    void sortsByDistanceFromAPostcodeInTheText() {
        SearchResults results = search("food bank near PL5");

        assertThat(results.place()).isInstanceOf(PlaceLookup.Found.class);
        assertThat(results.searchedText()).startsWith("food bank");
        assertThat(ids(results)).startsWith("wh-food-bank", "pl-food-bank");
        List<Double> distances = results.hits().stream().map(SearchHit::distanceKm).toList();
        assertThat(distances).doesNotContainNull().isSorted();
        assertThat(distances.get(0)).isLessThan(3.0);
    }

    @Test
    void usesANeighbourhoodNameAsAPlace() {
        SearchResults results = search("food bank plympton");

        assertThat(results.place()).isInstanceOfSatisfying(PlaceLookup.Found.class,
                found -> assertThat(found.place()).isEqualTo("Plympton"));
        assertThat(ids(results)).first().isEqualTo("pl-food-bank");
    }

    @Test
    void aPlaceDoesNotOutrankTheNeedGoodMatchesComeFirstNearestFirst() {
        SearchResults results = search("debt advice plympton");

        assertThat(results.place()).isInstanceOf(PlaceLookup.Found.class);
        assertThat(ids(results)).first().isEqualTo("wh-debt");
        assertThat(ids(results)).contains("pl-money-stale");
        assertThat(ids(results).indexOf("pl-money-stale")).isGreaterThan(ids(results).indexOf("wh-debt"));
    }

    @Test
    void aPostcodeSectorsDigitFindsNothingByItself() {
        SearchResults sector = search("food bank PL5 2");

        assertThat(ids(sector)).isEqualTo(ids(search("food bank PL5")));
    }

    @Test
    void explainsAPostcodeItDoesNotKnowAndStillSearches() {
        SearchResults results = search("food bank EX4 1AB");

        assertThat(results.place()).isInstanceOf(PlaceLookup.Unknown.class);
        assertThat(results.place().message()).contains("We don't know where EX4 1AB is");
        assertThat(ids(results)).contains("wh-food-bank", "pl-food-bank");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNull());
    }

    @Test
    void saysWhenAPlaceIsOutsidePlymouth() {
        SearchResults results = search.search(SearchRequest.forText("food bank").near("PL12", null));

        assertThat(results.place()).isInstanceOf(PlaceLookup.OutsidePlymouth.class);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull());
    }

    @Test
    void explainsSomethingThatIsNotAPostcode() {
        SearchResults results = search.search(SearchRequest.forText("food").near("my house", null));

        assertThat(results.place()).isInstanceOf(PlaceLookup.Invalid.class);
        assertThat(results.place().message()).contains("doesn't look like a postcode");
        assertThat(results.isEmpty()).isFalse();
    }

    @Test
    void keepsOnlyItemsWithinARadius() {
        SearchResults results = search.search(SearchRequest.browse().near("PL5", 3.0).page(0, 50));

        assertThat(results.hits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.item().hubIds()).containsExactly("whitleigh"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"food\" AND (bank) OR *", "food~2 bank^5 [a TO z] {x} /regex/", "🍞🍞 food 🙏",
            "pomoc żywność", "مساعدة طعام", "", "   ", "\u0000\u0001", "-", "***", "?", "\\", "food:bank",
            "NOT OR AND", "'\"'\"'"})
    void acceptsAnyTextWithoutFailing(String text) {
        SearchResults results = search(text);

        assertThat(results.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void acceptsVeryLongTextWithoutFailing() {
        Random random = new Random(7);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 10_240) {
            noise.append((char) (' ' + random.nextInt(95)));
        }
        assertThat(search(noise.toString()).total()).isGreaterThanOrEqualTo(0);
        assertThat(search("debt money food bank skint fags ".repeat(400)).isEmpty()).isFalse();
    }

    @Test
    void findsNothingInFillerWordsAlone() {
        assertThat(search("please help me").isEmpty()).isTrue();
    }

    @Test
    void countsCategoriesAsIfTheCategoryFilterWereOff() {
        SearchResults results = search.search(SearchRequest.browse().withCategory(Category.FOOD).page(0, 50));

        assertThat(results.hits()).extracting(hit -> hit.item().category()).containsOnly(Category.FOOD);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.categoryCounts()).containsEntry(Category.FOOD, 3).containsEntry(Category.ADVICE, 4)
                .containsEntry(Category.SPORT_PHYSICAL_ACTIVITY, 2);
        assertThat(results.hubCounts()).containsEntry("whitleigh", 1).containsEntry("plympton", 1)
                .containsEntry("city", 1);
    }

    @Test
    void countsHubsAsIfTheHubFilterWereOff() {
        SearchResults results = search.search(SearchRequest.browse().withHub("plympton").page(0, 50));

        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.item().hubIds()).contains("plympton"));
        assertThat(results.hubCounts()).containsEntry("plympton", 4).containsEntry("whitleigh", 4)
                .containsEntry("city", 5);
    }

    @Test
    void filtersToFreeThings() {
        assertThat(ids(search.search(SearchRequest.forText("food").freeOnly(true).page(0, 50))))
                .contains("wh-food-bank").doesNotContain("ci-pantry");
        assertThat(ids(search.search(SearchRequest.forText("food").page(0, 50)))).contains("ci-pantry");
    }

    @Test
    void filtersActivitiesByDate() {
        SearchRequest activities = SearchRequest.browse().withKind(DirectoryItem.Kind.ACTIVITY).page(0, 50);

        assertThat(ids(search.search(activities.on(new DayFilter.OnDate(TODAY)))))
                .containsExactly("wh-walking-football");
        assertThat(ids(search.search(activities.on(new DayFilter.OnWeekday(DayOfWeek.THURSDAY)))))
                .containsExactly("pl-walking-football");
        assertThat(ids(search.search(activities.on(DayFilter.thisWeek(TODAY)))))
                .containsExactlyInAnyOrder("wh-walking-football", "pl-walking-football", "ci-knit");
    }

    @Test
    void servicesWithoutTheirOwnTimesRunWhenTheirHubIsOpen() {
        SearchRequest saturday = SearchRequest.browse().withKind(DirectoryItem.Kind.SERVICE)
                .on(new DayFilter.OnWeekday(DayOfWeek.SATURDAY));
        SearchRequest monday = saturday.on(new DayFilter.OnWeekday(DayOfWeek.MONDAY)).page(0, 50);

        assertThat(search.search(saturday).isEmpty()).isTrue();
        assertThat(ids(search.search(monday))).contains("wh-debt").doesNotContain("ci-closed-debt");
    }

    @Test
    void liftsItemsOnADayNamedInTheText() {
        assertThat(ids(search("walking football thursday"))).first().isEqualTo("pl-walking-football");
        assertThat(ids(search("walking football tuesday"))).first().isEqualTo("wh-walking-football");
    }

    @Test
    void showsWhatIsOnForADayAskedInWords() {
        List<String> found = ids(search.search(SearchRequest.forText("whats on wednesday").page(0, 50)));

        assertThat(found).contains("ci-knit").doesNotContain("wh-walking-football", "pl-walking-football");
    }

    @Test
    void keepsTemporarilyClosedServicesFindableBelowRunningOnes() {
        List<SearchHit> hits = search("debt advice").hits();
        List<String> ids = hits.stream().map(hit -> hit.item().id()).toList();

        assertThat(ids).contains("wh-debt", "ci-closed-debt");
        assertThat(ids.indexOf("wh-debt")).isLessThan(ids.indexOf("ci-closed-debt"));
        assertThat(hits.get(ids.indexOf("ci-closed-debt")).item().status()).isEqualTo(ItemStatus.TEMPORARILY_CLOSED);
    }

    @Test
    void ranksRecentlyCheckedDetailsAboveStaleOnes() {
        assertThat(ids(search("money advice clinic"))).startsWith("ci-money-fresh", "pl-money-stale");
    }

    @Test
    void prefersTheKiosksOwnHub() {
        assertThat(ids(search.search(SearchRequest.forText("food bank").preferringHub("plympton")))).first()
                .isEqualTo("pl-food-bank");
        assertThat(ids(search.search(SearchRequest.forText("food bank").preferringHub("whitleigh")))).first()
                .isEqualTo("wh-food-bank");
    }

    @Test
    void marksTheMatchedWordsInASnippet() {
        SearchHit hit = search("bailiffs").hits().get(0);

        assertThat(hit.item().id()).isEqualTo("wh-debt");
        assertThat(hit.snippet().marked()).contains("**bailiffs**");
    }

    @Test
    void pagesThroughResults() {
        SearchRequest food = SearchRequest.forText("food").page(0, 2);
        SearchResults first = search.search(food);
        SearchResults second = search.search(food.page(1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.hits()).hasSize(1);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        SearchResults farAway = search.search(food.page(Integer.MAX_VALUE, SearchRequest.MAX_PAGE_SIZE));
        assertThat(farAway.hits()).isEmpty();
        assertThat(farAway.total()).isEqualTo(3);
    }

    @Test
    void suggestsAsYouType() {
        assertThat(search.suggest("foot", 5)).contains("Walking football");
        assertThat(search.suggest("knit", 5)).contains("Knit and natter");
        assertThat(search.suggest("walkng foo", 5)).contains("Walking football");
        assertThat(search.suggest("", 5)).isEmpty();
    }

    @Test
    void staysCorrectWhileRebuildingUnderLoad() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> searches = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searches.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = 0; i < 300; i++) {
                        found += search("food bank near PL5").total() > 0 ? 1 : 0;
                        search.suggest("foo", 3);
                    }
                    return found;
                }));
            }
            for (int i = 0; i < 20; i++) {
                search.rebuild(directory());
            }
            for (Future<Integer> future : searches) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(300);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private SearchResults search(String text) {
        return search.search(SearchRequest.forText(text).page(0, 20));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.item().id()).toList();
    }
}
