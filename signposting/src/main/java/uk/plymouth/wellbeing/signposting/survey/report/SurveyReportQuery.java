package uk.plymouth.wellbeing.signposting.survey.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What to report on: responses answered from the start of {@code from} up to (not including) the start of
 * {@code to}, Plymouth time, at one hub or (null) every hub the viewer may see.
 */
public record SurveyReportQuery(@Nullable String hubId, LocalDate from, LocalDate to) {

    public SurveyReportQuery {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A report's period ends after it starts: " + from + " to " + to);
        }
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant();
    }
}
