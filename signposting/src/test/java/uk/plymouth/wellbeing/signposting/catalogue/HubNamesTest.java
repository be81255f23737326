package uk.plymouth.wellbeing.signposting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;

class HubNamesTest {

    static final Hub FOUR_GREENS = CatalogueFixtures.hub("four-greens", "Four Greens Wellbeing and Family Hub",
            "PL5 4XX", new GeoPoint(50.41, -4.14));
    static final Hub JAN_CUTTING = CatalogueFixtures.hub("jan-cutting", "Jan Cutting Healthy Living Centre",
            "PL2 3AA", new GeoPoint(50.39, -4.16));
    static final List<Hub> HUBS = List.of(FOUR_GREENS, JAN_CUTTING);

    @Test
    void aShortNameLeavesOffWhatEveryHubIsCalled() {
        assertThat(HubNames.shortName(FOUR_GREENS)).isEqualTo("Four Greens");
        assertThat(HubNames.shortName(JAN_CUTTING)).isEqualTo("Jan Cutting");
    }

    @Test
    void aHubIsFoundByWordsOfItsNameOrWordsAroundItsShortName() {
        assertThat(HubNames.named(HUBS, "four greens")).contains(FOUR_GREENS);
        assertThat(HubNames.named(HUBS, "the Four Greens hub")).contains(FOUR_GREENS);
        assertThat(HubNames.named(HUBS, "Healthy Living")).contains(JAN_CUTTING);
        assertThat(HubNames.named(HUBS, "Mannamead")).isEmpty();
        assertThat(HubNames.named(HUBS, "fo")).as("too short to name one").isEmpty();
    }
}
