package uk.plymouth.wellbeing.signposting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private final OpeningHours hours = new OpeningHours(Map.of(
            DayOfWeek.TUESDAY, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 30)),
                    new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 0))),
            DayOfWeek.SATURDAY, List.of()));
    private final LocalDateTime tuesdayNoon = LocalDateTime.of(2026, 11, 24, 12, 0);

    @Test
    void knowsWhenTheDoorsAreOpen() {
        assertThat(hours.isOpenAt(tuesdayNoon)).isTrue();
        assertThat(hours.isOpenAt(tuesdayNoon.withHour(13))).isFalse();
        assertThat(hours.isOpenAt(tuesdayNoon.withHour(17))).isFalse();
        assertThat(hours.isOpenOn(DayOfWeek.SATURDAY)).isFalse();
    }

    @Test
    void findsTheNextOpening() {
        assertThat(hours.nextOpening(tuesdayNoon.withHour(13))).contains(tuesdayNoon.withHour(13).withMinute(30));
        assertThat(hours.nextOpening(tuesdayNoon.withHour(18))).contains(tuesdayNoon.plusWeeks(1).withHour(9));
    }

    @Test
    void saysTheHoursInWords() {
        assertThat(hours.inWords()).isEqualTo("Tuesday 9am to 12:30pm and 1:30pm to 5pm");
    }
}
