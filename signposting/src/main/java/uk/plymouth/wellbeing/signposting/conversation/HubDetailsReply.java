package uk.plymouth.wellbeing.signposting.conversation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.Aspect;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * Answers a question about a hub itself ({@link HubQuestion}) from the directory, by text: a hub named ("when is four
 * greens open"); a place ("devonport hub": there is none there, said plainly, and the nearest two with distances;
 * "which hub is nearest PL6"); or "it", "that", "there": the hub of the item whose details were just sent, else the
 * hub last answered about. A hub or place named starts a new topic (the last list goes, as after a new search) and
 * becomes the hub a callback or HELP is for; a question about "it" keeps everything as it was.
 */
@Component
class HubDetailsReply {

    private static final int NEAREST_SHOWN = 2;

    private final Catalogue catalogue;
    private final HubDetailsText texts;
    private final Clock clock;

    HubDetailsReply(Catalogue catalogue, Timetable timetable, Clock clock) {
        this.catalogue = catalogue;
        this.texts = new HubDetailsText(timetable);
        this.clock = clock;
    }

    /** The answer when the text asks about a hub itself, else empty (search it, or whatever comes next). */
    Optional<Turn> answer(ConversationState state, String body) {
        List<Hub> hubs = catalogue.hubs();
        Optional<HubQuestion> read = hubs.isEmpty() ? Optional.empty()
                : HubQuestion.read(body, hubs, catalogue.places());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        HubQuestion question = read.get();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Timetable.PLYMOUTH);
        Optional<Hub> named = question.hubId() == null ? Optional.empty() : catalogue.hub(question.hubId());
        if (named.isPresent()) {
            return Optional.of(new Turn(texts.about(named.get(), question, now, null),
                    state.withResults(List.of(), 0, named.get().id())));
        }
        PlaceLookup place = question.place();
        if (place != null) {
            return Optional.of(near(state, question, place, hubs, now));
        }
        if (question.aspects().contains(Aspect.NEAREST)) {
            return Optional.of(new Turn(ReplyTexts.fit("Text your postcode and we will tell you your nearest hub,"
                    + " e.g. nearest hub PL5."), state));
        }
        if (question.anyHub() && question.aspects().contains(Aspect.HOURS)) {
            return Optional.of(new Turn(texts.openAcross(hubs, question.day(), now), state));
        }
        Result sent = state.detailsSent();
        @Nullable String hubId = sent != null ? sent.hubId() : state.results().isEmpty() ? state.nearHubId() : null;
        Optional<Hub> before = hubId == null ? Optional.empty() : catalogue.hub(hubId);
        if (before.isPresent()) {
            DirectoryItem item = sent == null ? null : catalogue.item(sent.itemId()).orElse(null);
            return Optional.of(new Turn(texts.about(before.get(), question, now, item), state));
        }
        // "where is that" just after a list: which item is meant is for the list's follow-ups; "wheelchair" alone a
        // search
        return question.hubWord() || question.pointsBack() && state.results().isEmpty()
                ? Optional.of(new Turn(whichHub(hubs), state)) : Optional.empty();
    }

    private Turn near(ConversationState state, HubQuestion question, PlaceLookup place, List<Hub> hubs,
            LocalDateTime now) {
        GeoPoint point = place.point();
        if (point == null) {
            return new Turn(ReplyTexts.fit("Sorry, we do not know where " + placeName(place) + " is. Text a"
                    + " Plymouth postcode, e.g. nearest hub PL5, or a hub's name, e.g. four greens opening times."),
                    state);
        }
        List<Hub> nearest = hubs.stream().sorted(Comparator.comparingDouble(hub -> hub.location().distanceKm(point)))
                .limit(NEAREST_SHOWN).toList();
        List<Double> km = nearest.stream().map(hub -> hub.location().distanceKm(point)).toList();
        String where = placeName(place);
        boolean postcode = Postcode.parse(where).isPresent();
        // a neighbourhood is placed at the middle of its postcode district: say so, rather than pretend
        Optional<PostcodeDistrict> district = postcode ? Optional.empty() : districtOf(where);
        String outside = district.filter(d -> !d.inPlymouth()).map(d -> " It is outside Plymouth; our hubs are all in"
                + " the city.").orElse("");
        String heading;
        if (place instanceof PlaceLookup.OutsidePlymouth) {
            heading = where + " is outside Plymouth; our hubs are all in the city. Nearest:";
        } else if (postcode) {
            heading = "Nearest hubs to " + where + ":";
        } else if (question.aspects().contains(Aspect.NEAREST)) {
            heading = "Nearest hubs to " + where + district.map(d -> " (" + d.district() + ")").orElse("") + ":";
        } else {
            heading = "There is no hub in " + where + "." + outside + " Nearest hubs" + district.map(d -> " to "
                    + d.district()).orElse("") + ":";
        }
        return new Turn(texts.nearest(heading, nearest, km, question, now),
                state.withResults(List.of(), 0, nearest.get(0).id()));
    }

    /** "PL1" for "Devonport": the district a neighbourhood is placed in (the first that lists it, as looked up). */
    private Optional<PostcodeDistrict> districtOf(String area) {
        return catalogue.snapshot().districts().stream()
                .filter(district -> district.areas().stream().anyMatch(area::equalsIgnoreCase)).findFirst();
    }

    private static String placeName(PlaceLookup place) {
        if (place instanceof PlaceLookup.Found found) {
            return found.place();
        }
        if (place instanceof PlaceLookup.OutsidePlymouth outside) {
            return outside.place();
        }
        return place instanceof PlaceLookup.Unknown unknown ? unknown.place() : "that place";
    }

    private static String whichHub(List<Hub> hubs) {
        return ReplyTexts.fit("Which hub do you mean? Our hubs: " + String.join(", ",
                hubs.stream().map(HubNames::shortName).toList()) + ". Text its name and your question, e.g. "
                + HubNames.shortName(hubs.get(0)) + " opening times, or nearest hub PL5.");
    }
}
