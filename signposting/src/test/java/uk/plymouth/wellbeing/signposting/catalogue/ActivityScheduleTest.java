package uk.plymouth.wellbeing.signposting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityScheduleTest {

    private static final TimeRange MORNING = new TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0));
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void weeklyRunsEveryMatchingWeekday() {
        ActivitySchedule weekly = new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.WEDNESDAY, MORNING, null,
                List.of(), List.of());

        assertThat(weekly.occursOn(WEDNESDAY)).isTrue();
        assertThat(weekly.occursOn(WEDNESDAY.plusWeeks(1))).isTrue();
        assertThat(weekly.occursOn(WEDNESDAY.plusDays(1))).isFalse();
    }

    @Test
    void fortnightlyRunsEveryOtherWeekFromItsFirstDate() {
        ActivitySchedule fortnightly = new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.WEDNESDAY, MORNING,
                WEDNESDAY, List.of(), List.of());

        assertThat(fortnightly.occursOn(WEDNESDAY)).isTrue();
        assertThat(fortnightly.occursOn(WEDNESDAY.plusWeeks(1))).isFalse();
        assertThat(fortnightly.occursOn(WEDNESDAY.plusWeeks(2))).isTrue();
        assertThat(fortnightly.occursOn(WEDNESDAY.minusWeeks(2))).isFalse();
        assertThat(fortnightly.nextOccurrence(WEDNESDAY.plusDays(1), 30)).isEqualTo(WEDNESDAY.plusWeeks(2));
    }

    @Test
    void keepsToTermDatesAndSkipsExceptions() {
        ActivitySchedule termTime = new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.WEDNESDAY, MORNING, null,
                List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))),
                List.of(LocalDate.of(2026, 12, 16)));

        assertThat(termTime.occursOn(WEDNESDAY)).isTrue();
        assertThat(termTime.occursOn(LocalDate.of(2026, 12, 16))).isFalse();
        assertThat(termTime.occursOn(LocalDate.of(2026, 12, 23))).isFalse();
        assertThat(termTime.nextOccurrence(LocalDate.of(2026, 12, 8), 60)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(termTime.nextOccurrence(LocalDate.of(2026, 12, 10), 60)).isNull();
    }

    @Test
    void refusesAFirstDateOnAnotherDay() {
        assertThatThrownBy(() -> new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.TUESDAY, MORNING, WEDNESDAY,
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WEDNESDAY");
    }

    @Test
    void saysItsTimesInWords() {
        ActivitySchedule fortnightly = new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.WEDNESDAY,
                new TimeRange(LocalTime.of(9, 30), LocalTime.NOON), WEDNESDAY, List.of(), List.of());

        assertThat(fortnightly.inWords()).isEqualTo("Every other Wednesday, 9:30am to 12pm");
    }
}
