package uk.plymouth.wellbeing.signposting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidentQueryTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Set<String> AREAS = Set.of("plympton", "st budeaux", "southway");

    @Test
    void aPostcodeSectorsDigitIsNeverASearchWord() {
        ResidentQuery asked = ResidentQuery.read("PL11 2", AREAS, TUESDAY);

        assertThat(asked.place()).isEqualTo("PL11");
        assertThat(asked.words()).isEmpty();
        assertThat(ResidentQuery.read("food bank pl5 4", AREAS, TUESDAY).words()).isEqualTo("food bank");
        assertThat(ResidentQuery.read("debt advice PL7 2B", AREAS, TUESDAY).need()).isEqualTo("debt advice");
    }

    @Test
    void aNeighbourhoodStaysInTheWordsButNotInTheNeed() {
        ResidentQuery asked = ResidentQuery.read("debt advice Plympton", AREAS, TUESDAY);

        assertThat(asked.place()).isEqualTo("plympton");
        assertThat(asked.words()).isEqualTo("debt advice Plympton");
        assertThat(asked.need()).isEqualTo("debt advice");
        assertThat(ResidentQuery.read("toddler group in St. Budeaux", AREAS, TUESDAY).need())
                .isEqualTo("toddler group in");
    }

    @Test
    void withoutANeighbourhoodTheNeedIsAllTheWords() {
        ResidentQuery asked = ResidentQuery.read("food bank near PL5 3AB", AREAS, TUESDAY);

        assertThat(asked.place()).isEqualTo("PL5 3AB");
        assertThat(asked.need()).isEqualTo(asked.words()).isEqualTo("food bank near");
    }

    @Test
    void textSpeakDaysAreDays() {
        ResidentQuery asked = ResidentQuery.read("fud 2day im skint", AREAS, TUESDAY);

        assertThat(asked.days()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(asked.words()).isEqualTo("fud im skint");
        assertThat(ResidentQuery.read("anything on 2moro", AREAS, TUESDAY).days())
                .containsExactly(DayOfWeek.WEDNESDAY);
    }
}
