package uk.plymouth.wellbeing.signposting.callback;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.store.DueTime;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * When a request is due: the (urgent) target of {@link CallbackProperties}, counted in the hub's opening hours as
 * the directory has them now. A hub gone from the directory counts calendar time.
 */
@Component
class CallbackDeadlines implements DueTime {

    private static final OpeningHours NO_HOURS = new OpeningHours(Map.of());

    private final Catalogue catalogue;
    private final CallbackProperties properties;

    CallbackDeadlines(Catalogue catalogue, CallbackProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @Override
    public Instant dueAt(String hubId, Instant requestedAt, boolean urgent) {
        OpeningHours hours = catalogue.hub(hubId).map(Hub::openingHours).orElse(NO_HOURS);
        return new WorkingTime(hours, Timetable.PLYMOUTH)
                .plus(requestedAt, urgent ? properties.urgentTarget() : properties.target());
    }
}
