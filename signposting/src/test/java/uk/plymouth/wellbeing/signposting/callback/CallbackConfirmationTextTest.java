package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.testsupport.CatalogueFixtures;

class CallbackConfirmationTextTest {

    final Hub fourGreens = CatalogueFixtures.hub("four-greens", "Four Greens Wellbeing Hub", "PL5 4XX",
            new GeoPoint(50.4215, -4.1432));

    @Test
    void thanksThemByNameAndSaysWhoCallsWhenAndTheReference() {
        assertThat(CallbackConfirmationText.of("Sam", BestTime.MORNING, fourGreens, "PLY-4K7Q")).isEqualTo(
                "Thanks, Sam. We'll call you in the morning from Four Greens Wellbeing Hub. Your reference is"
                        + " PLY-4K7Q. If you need us sooner, ring 01632 960100.");
    }

    @Test
    void withoutANameJustSaysThanks() {
        assertThat(CallbackConfirmationText.of(null, BestTime.ANY, fourGreens, "PLY-4K7Q")).startsWith(
                "Thanks. We'll call you soon from Four Greens Wellbeing Hub.");
    }

    @Test
    void neverNamesTheHubWhenTheyAskedUsNotTo() {
        String text = CallbackConfirmationText.of("Sam", BestTime.EVENING, null, "PLY-4K7Q");
        assertThat(text).isEqualTo("Thanks, Sam. We'll call you in the evening from a Plymouth Wellbeing Hub. Your"
                + " reference is PLY-4K7Q.");
        assertThat(text).doesNotContain("Four Greens", "01632");
    }

    @Test
    void leavesOutANameGsmCannotSpellAndPlainsOneItCan() {
        assertThat(CallbackConfirmationText.of("محمد", BestTime.AFTERNOON, null, "PLY-4K7Q"))
                .startsWith("Thanks. We'll call you in the afternoon");
        assertThat(CallbackConfirmationText.of("Sam 😊", BestTime.AFTERNOON, null, "PLY-4K7Q"))
                .startsWith("Thanks, Sam. ");
        assertThat(CallbackConfirmationText.of("Zoë", BestTime.AFTERNOON, null, "PLY-4K7Q"))
                .startsWith("Thanks, Zoe. ");
        assertThat(CallbackConfirmationText.of("Łucja", BestTime.AFTERNOON, null, "PLY-4K7Q"))
                .startsWith("Thanks, Lucja. ");
    }

    @Test
    void staysGsmAndWithinTwoSegmentsKeepingTheReference() {
        Hub longNamed = CatalogueFixtures.hub("long", "The " + "Very Long Named ".repeat(12) + "Centre", "PL1 1AA",
                new GeoPoint(50.37, -4.14));
        for (Hub hub : new Hub[] {fourGreens, longNamed}) {
            String text = CallbackConfirmationText.of("Bartholomew-Maximilian ".repeat(3).strip(), BestTime.AFTERNOON,
                    hub, "PLY-4K7Q");
            assertThat(SmsText.isGsm(text)).isTrue();
            assertThat(SmsText.segments(text)).isLessThanOrEqualTo(2);
            assertThat(text).contains("Your reference is PLY-4K7Q.");
        }
    }
}
