package uk.plymouth.wellbeing.signposting.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"pl5 3ab,PL5 3AB", "PL53AB,PL5 3AB", "  Pl5   3Ab ,PL5 3AB", "pl5,PL5", "PL12,PL12",
            "SW1A 1AA,SW1A 1AA", "pl1-2aa,PL1 2AA"})
    void readsPostcodesHoweverTheyAreTyped(String typed, String expected) {
        assertThat(Postcode.parse(typed)).hasValueSatisfying(p -> assertThat(p).hasToString(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "12345", "PL", "P5 3AB 9", "PL5 3A", "food bank near pl5"})
    void refusesWhatIsNotAPostcode(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }

    private final PostcodeDirectory directory = new PostcodeDirectory(List.of(
            new PostcodeDistrict("PL5", new GeoPoint(50.419474, -4.167048), true, List.of("St Budeaux")),
            new PostcodeDistrict("PL12", new GeoPoint(50.440091, -4.291812), false, List.of("Saltash"))));

    @Test
    void findsPlymouthPostcodesAndNeighbourhoods() {
        assertThat(directory.lookup("pl5 3ab")).isInstanceOf(PlaceLookup.Found.class);
        assertThat(directory.lookup("st budeaux")).isInstanceOfSatisfying(PlaceLookup.Found.class,
                found -> assertThat(found.place()).isEqualTo("St Budeaux"));
    }

    @Test
    void explainsEveryOtherOutcomePlainly() {
        assertThat(directory.lookup("PL12 4AA")).isInstanceOf(PlaceLookup.OutsidePlymouth.class)
                .satisfies(p -> assertThat(p.message()).contains("outside Plymouth"));
        assertThat(directory.lookup("EX4 1AB")).isInstanceOf(PlaceLookup.Unknown.class);
        assertThat(directory.lookup("my nan's")).isInstanceOf(PlaceLookup.Invalid.class)
                .satisfies(p -> assertThat(p.point()).isNull());
    }

    @Test
    void measuresDistancesInKilometres() {
        GeoPoint pl5 = new GeoPoint(50.419474, -4.167048);
        GeoPoint pl7 = new GeoPoint(50.420283, -4.030637);

        assertThat(pl5.distanceKm(pl7)).isBetween(9.5, 9.9);
        assertThat(pl5.distanceKm(pl5)).isZero();
    }
}
