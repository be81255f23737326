package uk.plymouth.wellbeing.signposting.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The day a model asked about, in Plymouth: "today" (or nothing), "tomorrow", a weekday (the next one, today
 * included) or an ISO date, within the next week. Anything else is not guessed.
 */
final class AssistantDays {

    static final int DAYS_AHEAD = 7;
    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final Supplier<LocalDate> today;

    AssistantDays(Supplier<LocalDate> today) {
        this.today = today;
    }

    Optional<LocalDate> parse(@Nullable String day) {
        LocalDate now = today.get();
        String words = day == null ? "" : day.strip().toLowerCase(Locale.UK);
        if (words.isEmpty() || words.equals("today") || words.equals("now") || words.equals("tonight")) {
            return Optional.of(now);
        }
        if (words.equals("tomorrow")) {
            return Optional.of(now.plusDays(1));
        }
        for (DayOfWeek weekday : DayOfWeek.values()) {
            String name = weekday.name().toLowerCase(Locale.UK);
            if (words.equals(name) || words.equals(name + "s") || words.equals("on " + name)
                    || words.equals("next " + name) || words.equals("this " + name)) {
                return Optional.of(now.with(TemporalAdjusters.nextOrSame(weekday)));
            }
        }
        try {
            LocalDate date = LocalDate.parse(words);
            return date.isBefore(now) || date.isAfter(now.plusDays(DAYS_AHEAD)) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** "Thursday 3 December". */
    static String inWords(LocalDate date) {
        return IN_WORDS.format(date);
    }
}
