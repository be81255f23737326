package uk.plymouth.wellbeing.staff.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Row;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryListing.Show;

/** The directory screens' words: kinds, where an item stands, "checked March 2026", hub names, times. */
final class DirectoryWords {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private DirectoryWords() {}

    static String kind(ItemKind kind) {
        return switch (kind) {
            case HUB -> "Hub";
            case SERVICE -> "Service";
            case ACTIVITY -> "Activity";
        };
    }

    static String status(ItemStatus status) {
        return status == ItemStatus.ACTIVE ? "Open" : "Temporarily closed";
    }

    /** "Open", "Temporarily closed", "Archived" or "New, not published yet". */
    static String standing(Row row) {
        if (row.archived()) {
            return "Archived";
        }
        return row.live() ? status(row.status()) : "New, not published yet";
    }

    static String show(Show show) {
        return switch (show) {
            case EVERYTHING -> "Everything not archived";
            case ACTIVE -> "Open";
            case TEMPORARILY_CLOSED -> "Temporarily closed";
            case DRAFT_WAITING -> "Has a draft waiting";
            case ARCHIVED -> "Archived";
        };
    }

    /** "checked March 2026", or "never checked". */
    static String checked(@Nullable LocalDate lastVerified) {
        return lastVerified == null ? "never checked" : "checked " + MONTH.format(lastVerified);
    }

    /** "Tuesday 6 January 2027". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "24 Nov 2026, 10:02" in Plymouth time. */
    static String time(Instant at, Clock clock) {
        return TIME.format(at.atZone(clock.getZone()));
    }

    static String hubs(List<String> hubIds, Map<String, String> names) {
        return hubIds.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
