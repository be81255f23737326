package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {

    private final SpellingCorrector spelling = new SpellingCorrector(Map.of("benefits", 10, "counselling", 5,
            "bank", 8, "back", 3, "diabetes", 4, "football", 6, "walking", 6));

    @Test
    void mendsCommonSlips() {
        assertThat(spelling.mend("benifits")).contains("benefits");
        assertThat(spelling.mend("councelling")).contains("counselling");
        assertThat(spelling.mend("diabeties")).contains("diabetes");
        assertThat(spelling.mend("fotball")).contains("football");
        assertThat(spelling.mend("bnak")).contains("bank");
    }

    @Test
    void leavesKnownShortAndFarOffWordsAlone() {
        assertThat(spelling.mend("back")).isEmpty();
        assertThat(spelling.mend("bnk")).isEmpty();
        assertThat(spelling.mend("xylophone")).isEmpty();
        assertThat(spelling.mend("pl5")).isEmpty();
    }

    @Test
    void countsSwappedLettersAsOneSlip() {
        assertThat(SpellingCorrector.distance("bnak", "bank", 2)).isEqualTo(1);
        assertThat(SpellingCorrector.distance("walking", "walkign", 2)).isEqualTo(1);
        assertThat(SpellingCorrector.distance("abc", "xyzabc", 2)).isEqualTo(3);
    }

    @Test
    void ordinaryEnglishWordsAreNeverMendedIntoDirectoryWords() {
        SpellingCorrector directory = new SpellingCorrector(Map.of("smokes", 4, "read", 9, "benefits", 10));

        assertThat(EnglishWords.size()).as("words from the tokenizer in the jar").isGreaterThan(15_000);
        assertThat(directory.mend("spoken")).as("I haven't spoken to anyone").isEmpty();
        assertThat(directory.mend("real")).as("a real person").isEmpty();
        assertThat(directory.mend("benifits")).contains("benefits");
    }
}
