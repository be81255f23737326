package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.search.MoneyRequest;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * Searching by text: the top three results as short numbered lines ("2 Food bank - Four Greens, 1.2km"), MORE for the
 * next three, a number for that item's details ({@link ItemDetailsText}, two segments wherever the content allows).
 * Places in the text ("near PL5", "plympton") sort by distance, as the search does. Only the results' ids are kept.
 */
@Component
class SearchReplies {

    static final int PAGE = 3;
    private static final int MAX_TITLE = 42;
    /** Accented letters English texts borrow: a, c, e, i, n, o, u with their accents (cafe, Zoe, naive). */
    private static final String ENGLISH_ACCENTS = "\u00e0\u00e1\u00e2\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb"
            + "\u00ed\u00ee\u00ef\u00f1\u00f3\u00f4\u00f6\u00fa\u00fb\u00fc\u00c9";

    private final ServiceSearch search;
    private final Catalogue catalogue;
    private final ItemDetailsText details;
    private final HubChoice hubs;

    SearchReplies(ServiceSearch search, Catalogue catalogue, ItemDetailsText details, HubChoice hubs) {
        this.search = search;
        this.catalogue = catalogue;
        this.details = details;
        this.hubs = hubs;
    }

    Turn search(ConversationState state, String body) {
        if (!readable(body)) {
            return new Turn(ReplyTexts.NOT_UNDERSTOOD, state);
        }
        SearchResults found = search.search(SearchRequest.forText(body).page(0, ConversationState.MAX_RESULTS));
        if (found.isEmpty()) {
            return new Turn(ReplyTexts.NOTHING_FOUND, state);
        }
        List<Result> results = found.hits().stream()
                .map(hit -> new Result(hit.item().id(), hit.nearestHubId(), hit.distanceKm())).toList();
        ConversationState next = state.withResults(results, Math.min(PAGE, results.size()),
                hubs.nearestTo(found.place()).orElse(null));
        return new Turn(list(next, 0, MoneyRequest.heading(body, heading(found.place()))), next);
    }

    Turn more(ConversationState state, boolean expired) {
        if (state.results().isEmpty()) {
            return new Turn(expired ? ReplyTexts.EXPIRED : ReplyTexts.NO_SEARCH, state);
        }
        if (state.shown() >= state.results().size()) {
            return new Turn(ReplyTexts.NO_MORE, state);
        }
        ConversationState next = state.showing(Math.min(state.shown() + PAGE, state.results().size()));
        return new Turn(list(next, state.shown(), null), next);
    }

    Turn details(ConversationState state, int number, boolean expired) {
        if (state.results().isEmpty()) {
            return new Turn(expired ? ReplyTexts.EXPIRED : ReplyTexts.NO_SEARCH, state);
        }
        if (number < 1 || number > state.shown()) {
            return new Turn(ReplyTexts.numberOutOfRange(state.shown()), state);
        }
        Result result = state.results().get(number - 1);
        Optional<DirectoryItem> item = catalogue.item(result.itemId());
        // remembered, so WRONG next reports this one
        return item.map(found -> new Turn(details.detailsFor(found, result.hubId()), state.detailsSent(result)))
                .orElseGet(() -> new Turn(ReplyTexts.ITEM_GONE, state));
    }

    /** Results {@code from} to {@code state.shown()}, numbered from 1 over all pages. */
    private String list(ConversationState state, int from, @Nullable String heading) {
        List<String> lines = new ArrayList<>();
        for (Result result : state.results().subList(from, state.shown())) {
            lines.add(line(result));
        }
        return ReplyTexts.results(heading, lines, from + 1, state.shown() < state.results().size());
    }

    private String line(Result result) {
        String title = catalogue.item(result.itemId()).map(DirectoryItem::title).orElse("(no longer listed)");
        title = title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 3).strip() + "...";
        String hub = catalogue.hub(result.hubId()).map(HelpReply::shortName).orElse("");
        String distance = result.distanceKm() == null ? ""
                : String.format(Locale.UK, ", %.1fkm", result.distanceKm());
        return title + (hub.isEmpty() ? "" : " - " + hub) + distance;
    }

    private static @Nullable String heading(@Nullable PlaceLookup place) {
        if (place instanceof PlaceLookup.Found found) {
            return "Nearest to " + found.place() + " first:";
        }
        if (place instanceof PlaceLookup.OutsidePlymouth outside) {
            return outside.place() + " is outside Plymouth. Nearest first:";
        }
        if (place instanceof PlaceLookup.Unknown unknown) {
            return "We do not know " + unknown.place() + ", so all hubs:";
        }
        return null;
    }

    /**
     * Whether the text could be a search in English: some letters, and none beyond the accents English borrows
     * (café, Zoë). Polish, Arabic or emoji alone would only find what the search's typing-slip mending guesses
     * ("pomocy" is two letters from "Nomony"), so they get the commands instead of misleading results.
     */
    static boolean readable(String text) {
        return text.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c))
                && text.codePoints().filter(Character::isLetter)
                        .allMatch(c -> c < 128 || ENGLISH_ACCENTS.indexOf(c) >= 0);
    }

}
