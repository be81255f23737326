package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.LocalDate;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;

/** A service or activity exactly as it is, with its "last checked" date moved to today. */
final class CheckedToday {

    private CheckedToday() {}

    static Object of(Object record, LocalDate today) {
        if (record instanceof HubService s) {
            return new HubService(s.id(), s.hubIds(), s.category(), s.name(), s.summary(), s.description(),
                    s.whoFor(), s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(),
                    s.status(), s.statusNote(), today);
        }
        if (record instanceof Activity a) {
            return new Activity(a.id(), a.hubId(), a.title(), a.category(), a.description(), a.whoFor(), a.schedule(),
                    a.cost(), a.bookingNeeded(), a.bookingNote(), a.tags(), a.status(), a.statusNote(), today);
        }
        throw new IllegalArgumentException("Only services and activities have a last checked date");
    }
}
