package uk.plymouth.wellbeing.signposting.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.DateRange;
import uk.plymouth.wellbeing.signposting.catalogue.Frequency;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.Session;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.testsupport.Fixtures;

/** Tuesday 24 November 2026 is "today" unless a test says otherwise. */
class TimetableTest {

    static final Hub WEEKDAYS = Fixtures.hub("whitleigh", "Whitleigh", 50.42, -4.17);
    static final Hub SATURDAYS = hub("plympton", "Plympton Wellbeing Hub",
            Map.of(DayOfWeek.SATURDAY, List.of(range("10:00", "13:00"))));
    static final Hub SPLIT_TUESDAY = hub("split", "Split Hub", Map.of(
            DayOfWeek.TUESDAY, List.of(range("09:00", "12:30"), range("13:30", "17:00")),
            DayOfWeek.THURSDAY, List.of(range("09:00", "12:00"), range("12:00", "17:00")),
            DayOfWeek.FRIDAY, List.of(range("09:00", "17:00"))));
    static final Hub MONDAYS_ONLY = hub("mondays", "Monday Hub",
            Map.of(DayOfWeek.MONDAY, List.of(range("09:00", "17:00"))));
    static final Hub NEVER_OPEN = hub("never", "Never Open Hub", Map.of());

    final Catalogue catalogue = new Catalogue();
    final Timetable timetable = new Timetable(catalogue, Fixtures.CLOCK);

    TimetableTest() {
        catalogue.replace(Fixtures.snapshot(List.of(WEEKDAYS, SATURDAYS, SPLIT_TUESDAY, MONDAYS_ONLY, NEVER_OPEN),
                List.of(), List.of(), ""));
    }

    // weekly activities

    @Test
    void aWeeklyActivityLaterTodayIsNextToday() {
        Activity tuesdays = weekly(DayOfWeek.TUESDAY, "10:00", "12:00");
        LocalDateTime nine = at(2026, 11, 24, "09:00");

        assertThat(timetable.nextSession(tuesdays, nine)).contains(at(2026, 11, 24, "10:00"));
        assertThat(timetable.isOnNow(tuesdays, nine)).isFalse();
        assertThat(timetable.nextInWords(tuesdays, nine)).isEqualTo("Today, 10am");
    }

    @Test
    void aSessionStillRunningTodayCountsAsTheNextOne() {
        Activity tuesdays = weekly(DayOfWeek.TUESDAY, "10:00", "12:00");
        LocalDateTime eleven = at(2026, 11, 24, "11:00");

        assertThat(timetable.nextSession(tuesdays, eleven)).contains(at(2026, 11, 24, "10:00"));
        assertThat(timetable.isOnNow(tuesdays, eleven)).isTrue();
        assertThat(timetable.nextInWords(tuesdays, eleven)).isEqualTo("Now, until 12pm");
        assertThat(timetable.currentOrNext(tuesdays, eleven)).contains(
                new SessionTime(at(2026, 11, 24, "10:00"), at(2026, 11, 24, "12:00"), "whitleigh"));
    }

    @Test
    void onceTodaysSessionEndsTheNextIsNextWeek() {
        Activity tuesdays = weekly(DayOfWeek.TUESDAY, "10:00", "12:00");
        LocalDateTime noon = at(2026, 11, 24, "12:00");

        assertThat(timetable.nextSession(tuesdays, noon)).contains(at(2026, 12, 1, "10:00"));
        assertThat(timetable.isOnNow(tuesdays, noon)).isFalse();
        assertThat(timetable.nextInWords(tuesdays, noon)).isEqualTo("Tuesday 1 December, 10am");
    }

    @Test
    void saysTomorrowForTomorrow() {
        Activity wednesdays = weekly(DayOfWeek.WEDNESDAY, "19:00", "21:00");

        assertThat(timetable.nextInWords(wednesdays, at(2026, 11, 24, "20:00"))).isEqualTo("Tomorrow, 7pm");
        assertThat(timetable.whenInWords(wednesdays)).isEqualTo("Every Wednesday, 7pm to 9pm");
    }

    @Test
    void theConvenienceMethodsReadTheClock() {
        Activity tuesdays = weekly(DayOfWeek.TUESDAY, "09:30", "12:00");

        assertThat(timetable.now()).isEqualTo(at(2026, 11, 24, "10:00"));
        assertThat(timetable.isOnNow(tuesdays)).isTrue();
        assertThat(timetable.nextSession(tuesdays)).contains(at(2026, 11, 24, "09:30"));
        assertThat(timetable.nextInWords(tuesdays)).isEqualTo("Now, until 12pm");
        assertThat(timetable.currentOrNext(tuesdays)).map(SessionTime::end).contains(at(2026, 11, 24, "12:00"));
        assertThat(timetable.openingInWords(WEEKDAYS)).isEqualTo("Open now until 5pm");
    }

    @Test
    void readsTheTimeInPlymouthWhateverTheClocksZone() {
        Clock utcInSummer = Clock.fixed(Instant.parse("2026-07-01T09:30:00Z"), ZoneOffset.UTC);
        Timetable summer = new Timetable(catalogue, utcInSummer);

        assertThat(summer.now()).isEqualTo(at(2026, 7, 1, "10:30"));
    }

    // fortnightly, term dates and exceptions

    @Test
    void aFortnightlyActivitySkipsItsOffWeeks() {
        Activity everyOther = activity(new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.WEDNESDAY,
                range("10:00", "12:00"), LocalDate.of(2026, 11, 18), List.of(), List.of()), ItemStatus.ACTIVE);
        LocalDateTime tuesday = at(2026, 11, 24, "10:00");

        assertThat(timetable.nextSession(everyOther, tuesday)).contains(at(2026, 12, 2, "10:00"));
        assertThat(timetable.nextInWords(everyOther, tuesday)).isEqualTo("Wednesday 2 December, 10am");
        assertThat(timetable.whenInWords(everyOther)).isEqualTo("Every other Wednesday, 10am to 12pm");
    }

    @Test
    void aFortnightlyActivityDoesNotStartBeforeItsFirstDate() {
        Activity startsInJanuary = activity(new ActivitySchedule(Frequency.FORTNIGHTLY, DayOfWeek.TUESDAY,
                range("10:00", "12:00"), LocalDate.of(2027, 1, 12), List.of(), List.of()), ItemStatus.ACTIVE);

        assertThat(timetable.nextSession(startsInJanuary, at(2026, 11, 24, "09:00")))
                .contains(at(2027, 1, 12, "10:00"));
    }

    @Test
    void aTermTimeActivityWaitsForTheNextTermAcrossTheNewYear() {
        Activity termTime = activity(new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.THURSDAY,
                range("14:00", "16:00"), null,
                List.of(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18)),
                        new DateRange(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 26))),
                List.of()), ItemStatus.ACTIVE);

        assertThat(timetable.nextSession(termTime, at(2026, 12, 17, "16:00"))).contains(at(2027, 1, 7, "14:00"));
        assertThat(timetable.nextInWords(termTime, at(2026, 12, 18, "09:00")))
                .isEqualTo("Thursday 7 January, 2pm");
        assertThat(timetable.nextSession(termTime, at(2027, 3, 26, "09:00"))).isEmpty();
        assertThat(timetable.nextInWords(termTime, at(2027, 3, 26, "09:00"))).isEqualTo("No dates coming up");
        assertThat(timetable.whenInWords(termTime)).isEqualTo("Every Thursday, 2pm to 4pm (term time only)");
    }

    @Test
    void anExceptedDateIsSkipped() {
        Activity notNextWeek = activity(new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.TUESDAY,
                range("10:00", "12:00"), null, List.of(), List.of(LocalDate.of(2026, 12, 1))), ItemStatus.ACTIVE);

        assertThat(timetable.nextSession(notNextWeek, at(2026, 11, 24, "13:00"))).contains(at(2026, 12, 8, "10:00"));
    }

    @Test
    void anExceptedTodayIsNotOnNow() {
        Activity notToday = activity(new ActivitySchedule(Frequency.WEEKLY, DayOfWeek.TUESDAY,
                range("10:00", "12:00"), null, List.of(), List.of(LocalDate.of(2026, 11, 24))), ItemStatus.ACTIVE);

        assertThat(timetable.isOnNow(notToday, at(2026, 11, 24, "11:00"))).isFalse();
        assertThat(timetable.nextSession(notToday, at(2026, 11, 24, "11:00"))).contains(at(2026, 12, 1, "10:00"));
    }

    // closed items

    @Test
    void aTemporarilyClosedActivityHasNoSessions() {
        Activity closed = activity(weekly(DayOfWeek.TUESDAY, "10:00", "12:00").schedule(),
                ItemStatus.TEMPORARILY_CLOSED);
        LocalDateTime eleven = at(2026, 11, 24, "11:00");

        assertThat(timetable.nextSession(closed, eleven)).isEmpty();
        assertThat(timetable.isOnNow(closed, eleven)).isFalse();
        assertThat(timetable.nextInWords(closed, eleven)).isEqualTo("Temporarily closed");
        assertThat(timetable.whenInWords(closed)).isEqualTo("Every Tuesday, 10am to 12pm");
    }

    @Test
    void aTemporarilyClosedServiceIsNotOnEvenWhenItsHubIsOpen() {
        HubService closed = Fixtures.withStatus(service(List.of("whitleigh"), null), ItemStatus.TEMPORARILY_CLOSED,
                Fixtures.TODAY);

        assertThat(timetable.isOnNow(closed, at(2026, 11, 24, "11:00"))).isFalse();
        assertThat(timetable.nextSession(closed, at(2026, 11, 24, "11:00"))).isEmpty();
    }

    // services with sessions

    @Test
    void aServiceWithSessionsRunsAtTheNextOfThem() {
        HubService clinic = Fixtures.withSessions(service(List.of("whitleigh"), null),
                new Session(DayOfWeek.TUESDAY, range("10:00", "12:00")),
                new Session(DayOfWeek.THURSDAY, range("14:00", "16:00")));

        assertThat(timetable.isOnNow(clinic, at(2026, 11, 24, "11:59"))).isTrue();
        assertThat(timetable.nextSession(clinic, at(2026, 11, 24, "13:00"))).contains(at(2026, 11, 26, "14:00"));
        assertThat(timetable.nextInWords(clinic, at(2026, 11, 24, "13:00"))).isEqualTo("Thursday 26 November, 2pm");
        assertThat(timetable.isOnNow(clinic, at(2026, 11, 24, "13:00"))).isFalse();
        assertThat(timetable.nextSession(clinic, at(2026, 11, 26, "16:00"))).contains(at(2026, 12, 1, "10:00"));
        assertThat(timetable.whenInWords(clinic)).isEqualTo("Tuesdays 10am to 12pm; Thursdays 2pm to 4pm");
    }

    @Test
    void aServiceWithSessionsIgnoresItsHubsOpeningHours() {
        HubService evenings = Fixtures.withSessions(service(List.of("whitleigh"), null),
                new Session(DayOfWeek.TUESDAY, range("18:00", "20:00")));

        assertThat(timetable.isOnNow(evenings, at(2026, 11, 24, "11:00"))).isFalse();
        assertThat(timetable.isOnNow(evenings, at(2026, 11, 24, "19:00"))).isTrue();
    }

    @Test
    void sessionsAtTheSameTimeAreSaidTogether() {
        HubService clinic = Fixtures.withSessions(service(List.of("whitleigh"), null),
                new Session(DayOfWeek.THURSDAY, range("10:00", "13:00")),
                new Session(DayOfWeek.TUESDAY, range("10:00", "13:00")),
                new Session(DayOfWeek.FRIDAY, range("14:00", "16:00")),
                new Session(DayOfWeek.MONDAY, range("10:00", "13:00")));

        assertThat(timetable.whenInWords(clinic))
                .isEqualTo("Mondays, Tuesdays and Thursdays 10am to 1pm; Fridays 2pm to 4pm");
    }

    @Test
    void aServicesOwnWhenTextComesFirst() {
        HubService clinic = Fixtures.withSessions(service(List.of("whitleigh"), "Tuesday mornings, drop in."),
                new Session(DayOfWeek.TUESDAY, range("10:00", "12:00")));

        assertThat(timetable.whenInWords(clinic)).isEqualTo("Tuesday mornings, drop in.");
    }

    // services without sessions follow their hubs

    @Test
    void aServiceWithoutSessionsIsOnWhileAnyOfItsHubsIsOpen() {
        HubService advice = service(List.of("whitleigh"), null);

        assertThat(timetable.isOnNow(advice, at(2026, 11, 24, "10:00"))).isTrue();
        assertThat(timetable.nextSession(advice, at(2026, 11, 24, "10:00"))).contains(at(2026, 11, 24, "09:00"));
        assertThat(timetable.nextInWords(advice, at(2026, 11, 24, "10:00"))).isEqualTo("Now, until 5pm");
        assertThat(timetable.isOnNow(advice, at(2026, 11, 24, "17:00"))).isFalse();
        assertThat(timetable.nextInWords(advice, at(2026, 11, 24, "17:00"))).isEqualTo("Tomorrow, 9am");
    }

    @Test
    void aServiceWithoutSessionsOpensWithTheFirstOfItsHubsToOpen() {
        HubService twoHubs = service(List.of("whitleigh", "plympton"), null);

        assertThat(timetable.nextSession(twoHubs, at(2026, 11, 27, "18:00"))).contains(at(2026, 11, 28, "10:00"));
        assertThat(timetable.currentOrNext(twoHubs, at(2026, 11, 27, "18:00"))).map(SessionTime::hubId)
                .contains("plympton");
        assertThat(timetable.nextSession(twoHubs, at(2026, 11, 28, "13:00"))).contains(at(2026, 11, 30, "09:00"));
    }

    @Test
    void aServiceWithoutSessionsIsDescribedByItsHubsHours() {
        HubService twoHubs = service(List.of("whitleigh", "plympton"), null);

        assertThat(timetable.whenInWords(twoHubs))
                .isEqualTo("When Whitleigh Wellbeing Hub is open: Monday to Friday 9am to 5pm");
        assertThat(timetable.whenInWords(twoHubs, "plympton"))
                .isEqualTo("When Plympton Wellbeing Hub is open: Saturday 10am to 1pm");
        assertThat(timetable.whenInWords(twoHubs, "not-one-of-its-hubs"))
                .isEqualTo("When Whitleigh Wellbeing Hub is open: Monday to Friday 9am to 5pm");
    }

    @Test
    void aServiceWhoseHubsNeverOpenHasNothingComingUp() {
        HubService nowhere = service(List.of("never"), null);

        assertThat(timetable.nextSession(nowhere, at(2026, 11, 24, "10:00"))).isEmpty();
        assertThat(timetable.nextInWords(nowhere, at(2026, 11, 24, "10:00"))).isEqualTo("No dates coming up");
        assertThat(timetable.whenInWords(nowhere)).isEqualTo("When Never Open Hub is open: Closed");
    }

    // midnight and the end of the week

    @Test
    void aLateSessionThatHasEndedRollsOverToNextWeek() {
        Activity sundayNight = weekly(DayOfWeek.SUNDAY, "21:00", "23:30");

        assertThat(timetable.isOnNow(sundayNight, at(2026, 11, 29, "23:29"))).isTrue();
        assertThat(timetable.nextSession(sundayNight, at(2026, 11, 29, "23:45"))).contains(at(2026, 12, 6, "21:00"));
        assertThat(timetable.nextInWords(sundayNight, at(2026, 11, 28, "23:59"))).isEqualTo("Tomorrow, 9pm");
    }

    @Test
    void justBeforeMidnightTomorrowMeansTheNextDay() {
        HubService mondayClinic = Fixtures.withSessions(service(List.of("whitleigh"), null),
                new Session(DayOfWeek.MONDAY, range("09:00", "10:00")));
        LocalDateTime sundayLate = LocalDateTime.of(2026, 11, 29, 23, 59, 59);

        assertThat(timetable.nextSession(mondayClinic, sundayLate)).contains(at(2026, 11, 30, "09:00"));
        assertThat(timetable.nextInWords(mondayClinic, sundayLate)).isEqualTo("Tomorrow, 9am");
        assertThat(timetable.nextInWords(mondayClinic, at(2026, 11, 30, "00:00"))).isEqualTo("Today, 9am");
    }

    @Test
    void theWeekRollsOverIntoTheNewYear() {
        Activity thursdays = weekly(DayOfWeek.THURSDAY, "10:00", "11:00");

        assertThat(timetable.nextSession(thursdays, at(2026, 12, 31, "11:00"))).contains(at(2027, 1, 7, "10:00"));
        assertThat(timetable.nextInWords(thursdays, at(2026, 12, 31, "11:00"))).isEqualTo("Thursday 7 January, 10am");
    }

    // hubs

    @Test
    void saysWhenAHubIsOpenOrNextOpens() {
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 24, "10:00"))).isEqualTo(
                "Open now until 12:30pm");
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 24, "12:45"))).isEqualTo(
                "Opens today at 1:30pm");
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 24, "17:00"))).isEqualTo(
                "Opens Thursday at 9am");
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 26, "18:00"))).isEqualTo(
                "Opens tomorrow at 9am");
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 27, "18:00"))).isEqualTo(
                "Opens Tuesday at 9am");
    }

    @Test
    void spellsThatMeetAreOneOpening() {
        assertThat(timetable.openingInWords(SPLIT_TUESDAY, at(2026, 11, 26, "10:00"))).isEqualTo(
                "Open now until 5pm");
    }

    @Test
    void aHubOpenOneDayAWeekOpensNextWeekOnceItHasClosed() {
        assertThat(timetable.openingInWords(MONDAYS_ONLY, at(2026, 11, 30, "17:30"))).isEqualTo(
                "Opens next Monday at 9am");
        assertThat(timetable.openingInWords(MONDAYS_ONLY, at(2026, 11, 29, "23:59"))).isEqualTo(
                "Opens tomorrow at 9am");
    }

    @Test
    void aHubThatNeverOpensSaysClosed() {
        assertThat(timetable.openingInWords(NEVER_OPEN, at(2026, 11, 24, "10:00"))).isEqualTo("Closed");
        assertThat(timetable.hoursInWords(NEVER_OPEN)).isEqualTo("Closed");
    }

    @Test
    void daysWithTheSameHoursAreSaidTogether() {
        assertThat(timetable.hoursInWords(SPLIT_TUESDAY)).isEqualTo(
                "Tuesday 9am to 12:30pm and 1:30pm to 5pm; Thursday and Friday 9am to 5pm");
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            days.put(day, List.of(range("09:00", "17:00")));
        }
        days.put(DayOfWeek.SATURDAY, List.of(range("09:00", "17:00")));
        days.put(DayOfWeek.SUNDAY, List.of(range("12:00", "15:00")));
        assertThat(WeekWords.hours(new OpeningHours(days)))
                .isEqualTo("Monday to Wednesday 9am to 5pm; Friday and Saturday 9am to 5pm; Sunday 12pm to 3pm");
    }

    @Test
    void saysAHubsHoursInBriefForTexts() {
        assertThat(timetable.hoursInBrief(WEEKDAYS)).isEqualTo("Mon-Fri 9am-5pm");
        assertThat(timetable.hoursInBrief(SPLIT_TUESDAY)).isEqualTo("Tue 9am-12:30pm, 1:30pm-5pm; Thu-Fri 9am-5pm");
        assertThat(timetable.hoursInBrief(NEVER_OPEN)).isEqualTo("Closed");
    }

    // helpers

    static Activity weekly(DayOfWeek day, String start, String end) {
        return activity(new ActivitySchedule(Frequency.WEEKLY, day, range(start, end), null, List.of(), List.of()),
                ItemStatus.ACTIVE);
    }

    static Activity activity(ActivitySchedule schedule, ItemStatus status) {
        return new Activity("an-activity", "whitleigh", "An activity", Category.SOCIAL_ACTIVITIES, "Fun.", null,
                schedule, Cost.parse("free"), false, null, List.of(), status,
                status == ItemStatus.ACTIVE ? null : "Closed for now.", Fixtures.TODAY);
    }

    static HubService service(List<String> hubIds, String when) {
        return new HubService("a-service", hubIds, Category.ADVICE, "Advice", "Advice.", "Advice.", "Anyone.",
                Cost.parse("free"), List.of(AccessMode.DROP_IN), when, List.of(), Contact.none(), null, List.of(),
                ItemStatus.ACTIVE, null, Fixtures.TODAY);
    }

    static Hub hub(String id, String name, Map<DayOfWeek, List<TimeRange>> hours) {
        return new Hub(id, name, "Sample Trust", List.of(name, "1 Sample Road", "Plymouth"), "PL1 1AA", "Somewhere",
                new GeoPoint(50.4, -4.1), "01632 960999", null, null, false, new OpeningHours(hours), null,
                "Step-free.");
    }

    static TimeRange range(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    static LocalDateTime at(int year, int month, int day, String time) {
        return LocalDate.of(year, month, day).atTime(LocalTime.parse(time));
    }
}
