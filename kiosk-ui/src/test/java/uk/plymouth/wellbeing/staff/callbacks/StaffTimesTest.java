package uk.plymouth.wellbeing.staff.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StaffTimesTest {

    static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-07-01T13:30:00Z");
    final StaffTimes times = new StaffTimes(Clock.fixed(NOW, PLYMOUTH));

    @Test
    void agesReadAsStaffSayThem() {
        assertThat(times.age(NOW.minusSeconds(20))).isEqualTo("just now");
        assertThat(times.age(NOW.minus(Duration.ofMinutes(25)))).isEqualTo("25 min");
        assertThat(times.age(NOW.minus(Duration.ofMinutes(60)))).isEqualTo("1 h");
        assertThat(times.age(NOW.minus(Duration.ofMinutes(190)))).isEqualTo("3 h 10 min");
        assertThat(times.age(NOW.minus(Duration.ofHours(24)))).isEqualTo("1 day");
        assertThat(times.age(NOW.minus(Duration.ofHours(52)))).isEqualTo("2 days 4 h");
        assertThat(times.ago(NOW.minusSeconds(5))).isEqualTo("just now");
        assertThat(times.ago(NOW.minus(Duration.ofMinutes(5)))).isEqualTo("5 min ago");
    }

    @Test
    void dueTimesSayWhetherTheyHavePassed() {
        assertThat(times.due(NOW.plus(Duration.ofMinutes(125)))).isEqualTo("due in 2 h 5 min");
        assertThat(times.due(NOW.minus(Duration.ofMinutes(40)))).isEqualTo("overdue by 40 min");
        assertThat(times.due(NOW.plusSeconds(30))).isEqualTo("due now");
    }

    @Test
    void timesAreInPlymouthsSummerTimeAndSayTodayWhenTheyAre() {
        assertThat(times.when(NOW)).isEqualTo("today 14:30");
        assertThat(times.when(Instant.parse("2026-06-29T08:05:00Z"))).isEqualTo("Mon 29 Jun 09:05");
        assertThat(times.exactly(NOW)).isEqualTo("Wed 1 Jul 2026 14:30:00");
        assertThat(times.exactly(null)).isEmpty();
    }
}
