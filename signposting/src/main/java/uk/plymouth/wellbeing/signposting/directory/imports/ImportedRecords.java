package uk.plymouth.wellbeing.signposting.directory.imports;

import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;

/** An imported record under the id, and at the hubs, it is to have in our directory. */
final class ImportedRecords {

    private ImportedRecords() {}

    /** An item we already have stays at its hubs: a source at one hub never takes it away from the others. */
    static Object atHubsOf(Object record, Object existing) {
        if (record instanceof HubService s && existing instanceof HubService e) {
            return new HubService(s.id(), e.hubIds(), s.category(), s.name(), s.summary(), s.description(),
                    s.whoFor(), s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(),
                    s.status(), s.statusNote(), s.lastVerified());
        }
        if (record instanceof Activity a && existing instanceof Activity e) {
            return new Activity(a.id(), e.hubId(), a.title(), a.category(), a.description(), a.whoFor(),
                    a.schedule(), a.cost(), a.bookingNeeded(), a.bookingNote(), a.tags(), a.status(), a.statusNote(),
                    a.lastVerified());
        }
        return record;
    }

    static Object withId(Object record, String id) {
        if (record instanceof HubService s) {
            return new HubService(id, s.hubIds(), s.category(), s.name(), s.summary(), s.description(), s.whoFor(),
                    s.cost(), s.access(), s.when(), s.sessions(), s.contact(), s.provider(), s.tags(), s.status(),
                    s.statusNote(), s.lastVerified());
        }
        if (record instanceof Activity a) {
            return new Activity(id, a.hubId(), a.title(), a.category(), a.description(), a.whoFor(), a.schedule(),
                    a.cost(), a.bookingNeeded(), a.bookingNote(), a.tags(), a.status(), a.statusNote(),
                    a.lastVerified());
        }
        throw new IllegalArgumentException("Not a service or activity: " + record.getClass());
    }
}
