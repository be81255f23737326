package uk.plymouth.wellbeing.signposting.timetable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/**
 * When things happen, for any service or activity: the next session, whether it is on now, and the times in plain
 * English. Every method takes the moment it answers for ({@code now}, Plymouth local time); the overloads without
 * it read the {@link Clock}.
 *
 * <p>Activities follow their schedule (weekly or fortnightly, term dates, excepted dates). Services follow their own
 * weekly {@code sessions}; a service without sessions is available whenever any of its hubs is open. Temporarily
 * closed items have no sessions at all.
 */
@Service
public class Timetable {

    /** Plymouth's time zone: every time a resident reads is local time here. */
    public static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");

    /** How far ahead to look for an activity's next date: over a year, so a term after the summer is found. */
    static final int LOOK_AHEAD_DAYS = 400;

    private final Catalogue catalogue;
    private final Clock clock;

    public Timetable(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The time now in Plymouth. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), PLYMOUTH);
    }

    /**
     * The session running at {@code now}, else the next one to start; empty for temporarily closed items and for
     * items with nothing coming up.
     */
    public Optional<SessionTime> currentOrNext(DirectoryItem item, LocalDateTime now) {
        if (item.status() != ItemStatus.ACTIVE) {
            return Optional.empty();
        }
        if (item instanceof Activity activity) {
            return activitySession(activity, now);
        }
        HubService service = (HubService) item;
        if (!service.sessions().isEmpty()) {
            return serviceSession(service, now);
        }
        return service.hubIds().stream()
                .map(catalogue::hub)
                .flatMap(Optional::stream)
                .map(hub -> currentOrNextOpening(hub, now))
                .flatMap(Optional::stream)
                .min(soonest(now));
    }

    public Optional<SessionTime> currentOrNext(DirectoryItem item) {
        return currentOrNext(item, now());
    }

    /** When the running or next session starts (a session still running today counts). */
    public Optional<LocalDateTime> nextSession(DirectoryItem item, LocalDateTime now) {
        return currentOrNext(item, now).map(SessionTime::start);
    }

    public Optional<LocalDateTime> nextSession(DirectoryItem item) {
        return nextSession(item, now());
    }

    /** Whether a session is running at {@code now} (for services without sessions: whether any hub is open). */
    public boolean isOnNow(DirectoryItem item, LocalDateTime now) {
        return currentOrNext(item, now).filter(s -> s.isRunningAt(now)).isPresent();
    }

    public boolean isOnNow(DirectoryItem item) {
        return isOnNow(item, now());
    }

    /**
     * The regular times in words: "Every other Wednesday, 10am to 12pm" for an activity; a service's own "when" text,
     * else its sessions ("Tuesdays and Thursdays 10am to 1pm"), else its first hub's hours.
     */
    public String whenInWords(DirectoryItem item) {
        return whenInWords(item, null);
    }

    /**
     * As {@link #whenInWords(DirectoryItem)}; a service that runs whenever its hub is open is described with the hours
     * of {@code hubId} when it is one of its hubs, else those of its first hub: "When Four Greens Hub is open: Monday
     * to Friday 9am to 5pm".
     */
    public String whenInWords(DirectoryItem item, @Nullable String hubId) {
        if (item instanceof Activity activity) {
            String words = activity.schedule().inWords();
            return activity.schedule().periods().isEmpty() ? words : words + " (term time only)";
        }
        HubService service = (HubService) item;
        if (service.when() != null && !service.when().isBlank()) {
            return service.when().strip();
        }
        if (!service.sessions().isEmpty()) {
            return WeekWords.sessions(service.sessions());
        }
        return hubFor(service, hubId)
                .map(hub -> "When " + hub.name() + " is open: " + hoursInWords(hub))
                .orElse("Ring for times");
    }

    /** "Now, until 12pm", "Today, 10am", "Tomorrow, 7pm", "Tuesday 1 December, 10am". */
    public String nextInWords(DirectoryItem item, LocalDateTime now) {
        if (item.status() != ItemStatus.ACTIVE) {
            return "Temporarily closed";
        }
        return currentOrNext(item, now).map(session -> sessionInWords(session, now)).orElse("No dates coming up");
    }

    public String nextInWords(DirectoryItem item) {
        return nextInWords(item, now());
    }

    /** "Open now until 5pm", "Opens today at 1:30pm", "Opens tomorrow at 9am", "Opens Monday at 9am", "Closed". */
    public String openingInWords(Hub hub, LocalDateTime now) {
        return currentOrNextOpening(hub, now)
                .map(open -> open.isRunningAt(now)
                        ? "Open now until " + ClockWords.of(open.end().toLocalTime())
                        : "Opens " + DayWords.weekday(open.start().toLocalDate(), now.toLocalDate()) + " at "
                                + ClockWords.of(open.start().toLocalTime()))
                .orElse("Closed");
    }

    public String openingInWords(Hub hub) {
        return openingInWords(hub, now());
    }

    /** A hub's week: "Monday to Friday 9am to 5pm; Saturday 9am to 4pm", or "Closed". */
    public String hoursInWords(Hub hub) {
        return WeekWords.hours(hub.openingHours());
    }

    /** A hub's week in brief, for texts: "Mon-Fri 9am-5pm; Sat 9am-4pm", or "Closed". */
    public String hoursInBrief(Hub hub) {
        return WeekWords.hoursInBrief(hub.openingHours());
    }

    /** The spell of opening hours the hub is in at {@code now}, else the next one, within a week. */
    public Optional<SessionTime> currentOrNextOpening(Hub hub, LocalDateTime now) {
        for (int offset = 0; offset <= 7; offset++) {
            LocalDate date = now.toLocalDate().plusDays(offset);
            for (TimeRange spell : WeekWords.merged(hub.openingHours().on(date.getDayOfWeek()))) {
                if (date.atTime(spell.end()).isAfter(now)) {
                    return Optional.of(new SessionTime(date.atTime(spell.start()), date.atTime(spell.end()),
                            hub.id()));
                }
            }
        }
        return Optional.empty();
    }

    static String sessionInWords(SessionTime session, LocalDateTime now) {
        if (session.isRunningAt(now)) {
            return "Now, until " + ClockWords.of(session.end().toLocalTime());
        }
        return DayWords.date(session.start().toLocalDate(), now.toLocalDate()) + ", "
                + ClockWords.of(session.start().toLocalTime());
    }

    private Optional<SessionTime> activitySession(Activity activity, LocalDateTime now) {
        TimeRange time = activity.schedule().time();
        LocalDate today = now.toLocalDate();
        if (activity.occursOn(today) && now.isBefore(today.atTime(time.end()))) {
            return Optional.of(new SessionTime(today.atTime(time.start()), today.atTime(time.end()),
                    activity.hubId()));
        }
        LocalDate next = activity.schedule().nextOccurrence(today.plusDays(1), LOOK_AHEAD_DAYS);
        return Optional.ofNullable(next)
                .map(date -> new SessionTime(date.atTime(time.start()), date.atTime(time.end()), activity.hubId()));
    }

    private static Optional<SessionTime> serviceSession(HubService service, LocalDateTime now) {
        String hubId = service.hubIds().size() == 1 ? service.hubIds().get(0) : null;
        return service.sessions().stream()
                .map(session -> nextOf(session, now, hubId))
                .min(soonest(now));
    }

    private static SessionTime nextOf(Session session, LocalDateTime now, @Nullable String hubId) {
        LocalDate date = now.toLocalDate();
        while (date.getDayOfWeek() != session.day()) {
            date = date.plusDays(1);
        }
        if (!now.isBefore(date.atTime(session.time().end()))) {
            date = date.plusWeeks(1);
        }
        return new SessionTime(date.atTime(session.time().start()), date.atTime(session.time().end()), hubId);
    }

    /** Running sessions first (the one that runs longest), then the one that starts first. */
    private static Comparator<SessionTime> soonest(LocalDateTime now) {
        return Comparator.<SessionTime, LocalDateTime>comparing(s -> s.isRunningAt(now) ? now : s.start())
                .thenComparing(SessionTime::end, Comparator.reverseOrder());
    }

    private Optional<Hub> hubFor(DirectoryItem item, @Nullable String hubId) {
        if (hubId != null && item.hubIds().contains(hubId)) {
            Optional<Hub> chosen = catalogue.hub(hubId);
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        return item.hubIds().stream().map(catalogue::hub).flatMap(Optional::stream).findFirst();
    }
}
