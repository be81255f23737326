package uk.plymouth.wellbeing.signposting.assistant;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.ClockWords;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubNames;
import uk.plymouth.wellbeing.signposting.catalogue.Occurrence;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/**
 * What the language model may do, one instance per turn: read the directory through our own search, details and
 * timetable, and offer a callback or a survey. It can do nothing else: no tool reads callbacks, surveys, staff or
 * anyone's phone number, and an offer only starts the channel's own questions, which ask the resident to confirm.
 * Everything a tool returns is added to the turn's {@link TurnFindings}, the facts a reply is checked against.
 */
final class AssistantTools {

    static final int RESULTS = 5;
    private static final int MAX_SESSIONS = 12;
    private static final int MAX_WORDS = 200;

    private final ServiceSearch search;
    private final Catalogue catalogue;
    private final ItemDetailsText details;
    private final Timetable timetable;
    private final AssistantDays days;
    private final TurnFindings findings;

    AssistantTools(AssistantSources sources, TurnFindings findings) {
        this.search = sources.search();
        this.catalogue = sources.catalogue();
        this.details = sources.details();
        this.timetable = sources.timetable();
        this.days = new AssistantDays(() -> sources.timetable().now().toLocalDate());
        this.findings = findings;
    }

    @Tool("Search the Plymouth Wellbeing Hubs directory for services and activities that meet a need. Use the"
            + " person's own words or a few plain words for the need (e.g. 'food bank', 'someone to talk to', 'debt"
            + " advice'). Returns up to 5, best first, each with its id, hub, when and phone number.")
    String searchServices(@P("what the person needs, in a few words") String need,
            @P(value = "a Plymouth place or postcode they gave, to sort by distance; empty if none",
                    required = false) @Nullable String place) {
        String words = limited(need) + (place == null || place.isBlank() ? "" : " near " + limited(place));
        if (words.isBlank()) {
            return "Nothing to search for: ask what they need.";
        }
        SearchResults found = search.search(SearchRequest.forText(words).page(0, RESULTS));
        if (found.isEmpty()) {
            return "Nothing in the directory matches. Do not suggest any service; offer a call back instead.";
        }
        List<String> lines = new ArrayList<>();
        for (SearchHit hit : found.hits()) {
            findings.found(hit.item(), hit.nearestHubId(), hit.distanceKm());
            lines.add(lines.size() + 1 + ". " + summary(hit.item(), hit.nearestHubId()));
        }
        return findings.shown(String.join("\n", lines));
    }

    @Tool("Full details of one service or activity from a search: where, when, cost, how to get in, address and"
            + " phone number.")
    String serviceDetails(@P("the id a search returned") String id) {
        Optional<DirectoryItem> item = catalogue.item(id.strip());
        if (item.isEmpty()) {
            return "No service has that id. Use an id from searchServices.";
        }
        String hubId = findings.hubFor(item.get().id())
                .orElse(item.get().hubIds().isEmpty() ? null : item.get().hubIds().get(0));
        findings.found(item.get(), hubId, null);
        return findings.shown(details.detailsFor(item.get(), hubId) + "\nAbout: " + item.get().summary());
    }

    @Tool("What is on at the hubs (activities and groups) on a day, at one hub or all of them.")
    String whatsOn(@P(value = "the day: today, tomorrow, a weekday such as 'Tuesday', or a date such as 2026-12-03",
                    required = false) @Nullable String day,
            @P(value = "a hub's name if they asked about one hub; empty for all hubs", required = false)
                    @Nullable String hub) {
        Optional<LocalDate> date = days.parse(day);
        if (date.isEmpty()) {
            return "Could not read that day. Ask for a day in the next week.";
        }
        @Nullable Hub chosen = hub == null || hub.isBlank() ? null
                : HubNames.named(catalogue.hubs(), hub).orElse(null);
        if (hub != null && !hub.isBlank() && chosen == null) {
            return "No hub is called that. The hubs are: " + String.join(", ", catalogue.hubs().stream()
                    .map(Hub::name).toList()) + ".";
        }
        List<Occurrence> sessions = catalogue.whatsOn(date.get(), 1, chosen == null ? null : chosen.id());
        if (sessions.isEmpty()) {
            return findings.shown("Nothing is on " + AssistantDays.inWords(date.get())
                    + (chosen == null ? "" : " at " + chosen.name()) + ".");
        }
        List<String> lines = new ArrayList<>();
        lines.add("On " + AssistantDays.inWords(date.get()) + ":");
        for (Occurrence session : sessions.subList(0, Math.min(MAX_SESSIONS, sessions.size()))) {
            findings.found(session.activity(), session.activity().hubId(), null);
            lines.add(ClockWords.of(session.start().toLocalTime()) + " to " + ClockWords.of(session.end().toLocalTime())
                    + ": " + session.activity().title() + " (id " + session.activity().id() + ") at "
                    + hubName(session.activity().hubId()));
        }
        if (sessions.size() > MAX_SESSIONS) {
            lines.add("and " + (sessions.size() - MAX_SESSIONS) + " more.");
        }
        return findings.shown(String.join("\n", lines));
    }

    @Tool("Offer a call back from hub staff, when the person asks to speak to someone or agrees to a call. This does"
            + " not book it: the app then asks for their name, what it is about, a good time and their consent.")
    String offerCallback() {
        findings.offer(ModelAnswer.Offer.CALLBACK);
        return "The app will now ask them for a name, what it is about, a good time and their consent. Say only that"
                + " someone from the hub can call them back.";
    }

    @Tool("Offer the short wellbeing or feedback survey, when the person wants to say how they feel or give"
            + " feedback. The app starts it and asks for consent first.")
    String offerSurvey() {
        findings.offer(ModelAnswer.Offer.SURVEY);
        return "The app will now show them the surveys. Say only that they can tell us how they are doing.";
    }

    private String summary(DirectoryItem item, @Nullable String hubId) {
        return item.title() + " (id " + item.id() + ") at " + hubName(hubId) + ". " + item.summary() + " When: "
                + timetable.whenInWords(item, hubId) + ". Phone: "
                + (hubId == null ? "-" : catalogue.hub(hubId).map(Hub::phone).orElse("-")) + ".";
    }

    private String hubName(@Nullable String hubId) {
        return hubId == null ? "several hubs" : catalogue.hub(hubId).map(Hub::name).orElse("a hub");
    }

    private static String limited(@Nullable String words) {
        String text = words == null ? "" : words.strip();
        return text.length() <= MAX_WORDS ? text : text.substring(0, MAX_WORDS);
    }
}
