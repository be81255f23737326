package uk.plymouth.wellbeing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;
import uk.plymouth.wellbeing.signposting.search.DayFilter;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;

class OpenReferralParamsTest {

    private static final GeoPoint PL5 = new GeoPoint(50.4195, -4.1670);
    private static final GeoPoint PL12 = new GeoPoint(50.41, -4.22);

    private final ListParamsParser parser = new ListParamsParser(
            new PostcodeDirectory(List.of(new PostcodeDistrict("PL5", PL5, true, List.of("Whitleigh")),
                    new PostcodeDistrict("PL12", PL12, false, List.of("Saltash")))),
            id -> id.equals("four-greens") || id.equals(OpenReferralIds.location("four-greens").toString())
                    ? Optional.of("four-greens") : Optional.empty());

    @Test
    void startsOnTheFirstPageOfFiftyWithNoFilters() {
        ListParams params = parser.parse(Map.of());

        assertThat(params.page()).isEqualTo(1);
        assertThat(params.perPage()).isEqualTo(50);
        assertThat(params.text()).isEmpty();
        assertThat(params.categories()).isEmpty();
        assertThat(params.day()).isNull();
        assertThat(params.postcode()).isNull();
        assertThat(params.hubId()).isNull();
        assertThat(params.freeOnly()).isFalse();
    }

    @Test
    void takesVersionOnesTextAsTheSearchUnlessSearchIsGiven() {
        assertThat(parser.parse(Map.of("text", "food bank")).text()).isEqualTo("food bank");
        assertThat(parser.parse(Map.of("text", "food", "search", "debt")).text()).isEqualTo("debt");
    }

    @Test
    void treatsBlankValuesAsMissing() {
        ListParams params = parser.parse(Map.of("page", "", "per_page", " ", "day", "", "postcode", ""));

        assertThat(params.page()).isEqualTo(1);
        assertThat(params.perPage()).isEqualTo(50);
        assertThat(params.day()).isNull();
        assertThat(params.postcode()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"MO, MONDAY", "tu, TUESDAY", "TH, THURSDAY", "Sunday, SUNDAY", "sat, SATURDAY", "WED, WEDNESDAY"})
    void readsDayCodesAndDayNames(String day, DayOfWeek expected) {
        assertThat(parser.parse(Map.of("day", day)).day()).isEqualTo(expected);
    }

    @Test
    void readsCategoriesByCodeOrTaxonomyTermUuid() {
        String foodTerm = OpenReferralIds.taxonomyTerm("food").toString();

        assertThat(parser.parse(Map.of("taxonomy_term_id", foodTerm)).categories()).containsExactly(Category.FOOD);
        assertThat(parser.parse(Map.of("taxonomy_term_id", "mental-health, food")).categories())
                .containsExactlyInAnyOrder(Category.MENTAL_HEALTH, Category.FOOD);
        assertThat(parser.parse(Map.of("taxonomy_id", OpenReferralIds.taxonomy().toString())).categories())
                .isEmpty();
    }

    @Test
    void readsPostcodesHoweverTypedAndFindsTheirPoint() {
        ListParams params = parser.parse(Map.of("postcode", " pl53ab ", "proximity", "1500"));

        assertThat(params.postcode()).isEqualTo("PL5 3AB");
        assertThat(params.origin()).isEqualTo(PL5);
        assertThat(params.radiusKm()).isEqualTo(1.5);
    }

    @Test
    void stillMeasuresFromKnownDistrictsOutsidePlymouth() {
        assertThat(parser.parse(Map.of("postcode", "PL12")).origin()).isEqualTo(PL12);
    }

    @Test
    void findsHubsByOurIdOrTheirLocationUuid() {
        assertThat(parser.parse(Map.of("hub_id", "four-greens")).hubId()).isEqualTo("four-greens");
        assertThat(parser.parse(Map.of("hub_id", OpenReferralIds.location("four-greens").toString())).hubId())
                .isEqualTo("four-greens");
    }

    @Test
    void buildsTheSearchWithEveryFilter() {
        ListParams params = parser.parse(Map.of("search", "debt", "taxonomy_term_id", "advice", "hub_id",
                "four-greens", "day", "TU", "free", "true", "postcode", "PL5", "proximity", "3000"));

        SearchRequest request = params.searchRequest(2, 25);

        assertThat(request.text()).isEqualTo("debt");
        assertThat(request.categories()).containsExactly(Category.ADVICE);
        assertThat(request.hubIds()).containsExactly("four-greens");
        assertThat(request.day()).isEqualTo(new DayFilter.OnWeekday(DayOfWeek.TUESDAY));
        assertThat(request.freeOnly()).isTrue();
        assertThat(request.place()).isEqualTo("PL5");
        assertThat(request.radiusKm()).isEqualTo(3.0);
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.pageSize()).isEqualTo(25);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            page            | 0               | page must be a whole number from 1
            page            | -1              | page must be a whole number from 1
            page            | abc             | page must be a whole number from 1
            page            | 2147483648      | page must be at most 2147483647, not "2147483648"
            page            | 99999999999999999999999 | page must be at most 2147483647
            page            | 1.5             | page must be a whole number from 1
            per_page        | 0               | per_page must be between 1 and 100
            per_page        | 101             | per_page must be between 1 and 100
            per_page        | 1000            | per_page must be between 1 and 100
            per_page        | lots            | per_page must be a whole number between 1 and 100
            day             | XX              | day must be one of MO, TU, WE, TH, FR, SA, SU
            day             | M               | day must be one of MO, TU, WE, TH, FR, SA, SU
            day             | MO,TU           | day must be one of MO, TU, WE, TH, FR, SA, SU
            taxonomy_term_id| nope            | taxonomy_term_id "nope" is not one of our taxonomy terms
            taxonomy_term_id| food,nope       | taxonomy_term_id "nope" is not one of our taxonomy terms
            taxonomy_id     | nope            | taxonomy_id "nope" is not our taxonomy
            postcode        | not a postcode! | look like a UK postcode
            postcode        | EX4 1AA         | know where postcode "EX4 1AA" is
            hub_id          | nowhere         | hub_id "nowhere" is not one of our hubs
            free            | maybe           | free must be true or false
            """)
    void refusesBadValuesNamingTheParameter(String name, String value, String message) {
        assertThatThrownBy(() -> parser.parse(Map.of(name, value)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.body().error()).isEqualTo("bad_request");
                })
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"-5", "0", "abc", "NaN", "Infinity"})
    void refusesProximitiesThatAreNotPositiveDistances(String proximity) {
        assertThatThrownBy(() -> parser.parse(Map.of("postcode", "PL5", "proximity", proximity)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("proximity must be a distance in metres greater than 0");
    }

    @Test
    void refusesProximityWithoutAPostcode() {
        assertThatThrownBy(() -> parser.parse(Map.of("proximity", "500")))
                .isInstanceOf(ApiException.class)
                .hasMessage("proximity needs a postcode to measure from");
    }

    @Test
    void cutsLongValuesShortInMessages() {
        assertThatThrownBy(() -> parser.parse(Map.of("day", "x".repeat(10_000))))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }
}
