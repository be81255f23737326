package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/** HELP by text: what can be texted, and the hub to call (the one near the place they named, or the default). */
@Component
class HelpReply {

    private final HubChoice hubs;
    private final Timetable timetable;

    HelpReply(HubChoice hubs, Timetable timetable) {
        this.hubs = hubs;
        this.timetable = timetable;
    }

    String text(@Nullable String nearHubId) {
        Optional<Hub> hub = hubs.forCallback(nearHubId);
        return ReplyTexts.help(hub.map(HelpReply::shortName).orElse(null), hub.map(Hub::phone).orElse(null),
                hub.map(timetable::hoursInBrief).orElse(null));
    }

    /** "Four Greens" for "Four Greens Wellbeing Hub", "Southway" for "Southway Family and Wellbeing Hub". */
    static String shortName(Hub hub) {
        return HubNames.shortName(hub);
    }
}
