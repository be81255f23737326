package uk.plymouth.wellbeing.kiosk;

import java.time.LocalDate;
import uk.plymouth.wellbeing.signposting.search.DayFilter;

/** The day chips on the results screen. */
enum DayChoice {
    ANY("kiosk.day.any"),
    TODAY("kiosk.day.today"),
    TOMORROW("kiosk.day.tomorrow"),
    THIS_WEEK("kiosk.day.week");

    private final String labelKey;

    DayChoice(String labelKey) {
        this.labelKey = labelKey;
    }

    String labelKey() {
        return labelKey;
    }

    DayFilter filter(LocalDate today) {
        return switch (this) {
            case ANY -> DayFilter.any();
            case TODAY -> new DayFilter.OnDate(today);
            case TOMORROW -> new DayFilter.OnDate(today.plusDays(1));
            case THIS_WEEK -> DayFilter.thisWeek(today);
        };
    }
}
