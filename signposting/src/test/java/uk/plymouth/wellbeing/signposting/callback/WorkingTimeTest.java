package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

class WorkingTimeTest {

    static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    /** Tuesday 24 November 2026 (GMT). */
    static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 24, 0, 0);

    final WorkingTime weekdays = new WorkingTime(nineToFive(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), PLYMOUTH);

    @Test
    void oneWorkingDayAtANineToFiveHubIsTheSameTimeTheNextDay() {
        assertThat(weekdays.plus(at(TUESDAY.withHour(10)), Duration.ofHours(8))).isEqualTo(at(TUESDAY.plusDays(1)
                .withHour(10)));
    }

    @Test
    void skipsTheWeekend() {
        LocalDateTime friday4pm = TUESDAY.plusDays(3).withHour(16);
        assertThat(weekdays.plus(at(friday4pm), Duration.ofHours(8))).isEqualTo(at(friday4pm.plusDays(3)));
        LocalDateTime saturday11am = TUESDAY.plusDays(4).withHour(11);
        assertThat(weekdays.plus(at(saturday11am), Duration.ofHours(2)))
                .isEqualTo(at(TUESDAY.plusDays(6).withHour(11)));
    }

    @Test
    void anEveningRequestCountsFromTheNextOpening() {
        assertThat(weekdays.plus(at(TUESDAY.withHour(20)), Duration.ofHours(8)))
                .isEqualTo(at(TUESDAY.plusDays(1).withHour(17)));
        assertThat(weekdays.plus(at(TUESDAY.withHour(7)), Duration.ofHours(2))).isEqualTo(at(TUESDAY.withHour(11)));
    }

    @Test
    void timeThatRunsOutAtClosingEndsAtClosingNotAtTheNextOpening() {
        assertThat(weekdays.plus(at(TUESDAY.withHour(16)), Duration.ofHours(1))).isEqualTo(at(TUESDAY.withHour(17)));
        assertThat(weekdays.plus(at(TUESDAY.withHour(16)), Duration.ofMinutes(61)))
                .isEqualTo(at(TUESDAY.plusDays(1).withHour(9).withMinute(1)));
    }

    @Test
    void aWholeWeekOfOpenTimeIsFortyHours() {
        LocalDateTime monday9am = TUESDAY.minusDays(1).withHour(9);
        assertThat(weekdays.plus(at(monday9am), Duration.ofHours(40))).isEqualTo(at(monday9am.plusDays(4)
                .withHour(17)));
    }

    @Test
    void skipsTheLunchGap() {
        WorkingTime withLunch = new WorkingTime(new OpeningHours(Map.of(DayOfWeek.TUESDAY,
                List.of(range("09:00", "12:30"), range("13:30", "17:00")))), PLYMOUTH);
        assertThat(withLunch.plus(at(TUESDAY.withHour(12)), Duration.ofHours(1)))
                .isEqualTo(at(TUESDAY.withHour(14)));
        assertThat(withLunch.plus(at(TUESDAY.withHour(12).withMinute(45)), Duration.ofHours(1)))
                .isEqualTo(at(TUESDAY.withHour(14).withMinute(30)));
        // 6 hours left on Tuesday from 10am, the other 2 on the next Tuesday
        assertThat(withLunch.plus(at(TUESDAY.withHour(10)), Duration.ofHours(8)))
                .isEqualTo(at(TUESDAY.plusWeeks(1).withHour(11)));
    }

    @Test
    void aHubOpenOnlyOneDayStretchesOverWeeks() {
        WorkingTime wednesdaysOnly = new WorkingTime(new OpeningHours(Map.of(DayOfWeek.WEDNESDAY,
                List.of(range("10:00", "16:00")))), PLYMOUTH);
        assertThat(wednesdaysOnly.plus(at(TUESDAY.withHour(10)), Duration.ofHours(8)))
                .isEqualTo(at(TUESDAY.plusDays(8).withHour(12)));
        assertThat(wednesdaysOnly.plus(at(TUESDAY), Duration.ofHours(600)))
                .isEqualTo(at(TUESDAY.plusDays(1 + 7 * 99).withHour(16)));
    }

    @Test
    void overlappingAndUnsortedRangesCountOnce() {
        WorkingTime overlapping = new WorkingTime(new OpeningHours(Map.of(DayOfWeek.TUESDAY,
                List.of(range("13:00", "17:00"), range("09:00", "14:00")))), PLYMOUTH);
        assertThat(overlapping.plus(at(TUESDAY.withHour(9)), Duration.ofHours(6))).isEqualTo(at(TUESDAY.withHour(15)));
        assertThat(overlapping.plus(at(TUESDAY.withHour(9)), Duration.ofHours(8))).isEqualTo(at(TUESDAY.withHour(17)));
    }

    @Test
    void aHubClosedAllWeekCountsCalendarTime() {
        WorkingTime closed = new WorkingTime(new OpeningHours(Map.of()), PLYMOUTH);
        Instant saturdayNight = at(TUESDAY.plusDays(4).withHour(23));
        assertThat(closed.plus(saturdayNight, Duration.ofHours(8))).isEqualTo(saturdayNight.plus(Duration.ofHours(8)));
    }

    @Test
    void countsOpeningHoursInLocalTimeAcrossTheClockChanges() {
        WorkingTime saturdaysAndMondays = new WorkingTime(nineToFive(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), PLYMOUTH);
        // clocks go forward on Sunday 29 March 2026: Saturday is GMT, Monday BST
        assertThat(saturdaysAndMondays.plus(Instant.parse("2026-03-28T16:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        // and back on Sunday 25 October 2026
        assertThat(saturdaysAndMondays.plus(Instant.parse("2026-10-24T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    }

    @Test
    void noTimeFromAClosedMomentIsTheNextOpening() {
        assertThat(weekdays.plus(at(TUESDAY.withHour(20)), Duration.ZERO)).isEqualTo(at(TUESDAY.plusDays(1)
                .withHour(9)));
        assertThat(weekdays.plus(at(TUESDAY.withHour(11)), Duration.ZERO)).isEqualTo(at(TUESDAY.withHour(11)));
    }

    @Test
    void refusesNegativeTime() {
        assertThatThrownBy(() -> weekdays.plus(at(TUESDAY), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    static OpeningHours nineToFive(DayOfWeek... days) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            hours.put(day, List.of(range("09:00", "17:00")));
        }
        return new OpeningHours(hours);
    }

    static TimeRange range(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(PLYMOUTH).toInstant();
    }
}
