package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.messaging.ItemDetailsText;
import uk.plymouth.wellbeing.signposting.search.MoneyRequest;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
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
    /** Accented letters English texts borrow (cafe, Zoe, naive), and Polish letters. */
    private static final String READABLE_ACCENTS = "\u00e0\u00e1\u00e2\u00e4\u00e7\u00e8\u00e9\u00ea\u00eb"
            + "\u00ed\u00ee\u00ef\u00f1\u00f3\u00f4\u00f6\u00fa\u00fb\u00fc\u00c9"
            // Polish: \u0105 \u0107 \u0119 \u0142 \u0144 \u015b \u017a \u017c and their capitals
            + "\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c\u0104\u0106\u0118\u0141\u0143\u015a\u0179\u017b";

    private final ServiceSearch search;
    private final Catalogue catalogue;
    private final ItemDetailsText details;
    private final HubChoice hubs;
    private final ResultsNearAPlace nearAPlace;

    SearchReplies(ServiceSearch search, Catalogue catalogue, ItemDetailsText details, HubChoice hubs,
            ResultsNearAPlace nearAPlace) {
        this.search = search;
        this.catalogue = catalogue;
        this.details = details;
        this.hubs = hubs;
        this.nearAPlace = nearAPlace;
    }

    Turn search(ConversationState state, String body) {
        if (!readable(body)) {
            return new Turn(ReplyTexts.NOT_UNDERSTOOD, state);
        }
        SearchResults found = search.search(SearchRequest.forText(body).page(0, ConversationState.MAX_RESULTS));
        if (!state.results().isEmpty() && found.place() instanceof PlaceLookup.Found at
                && ResultsNearAPlace.onlyAPlace(body, at)) {
            // "we r in whitleigh" after a search: the same results, nearest to there first
            return nearer(state, at);
        }
        List<String> parts = NeedSplit.parts(body);
        Optional<Turn> each = parts.size() > 1 ? eachNeed(state, parts, found) : Optional.empty();
        if (each.isPresent()) {
            return each.get();
        }
        if (found.isEmpty()) {
            return new Turn(ReplyTexts.NOTHING_FOUND, state);
        }
        List<Result> results = found.hits().stream()
                .map(hit -> new Result(hit.item().id(), hit.nearestHubId(), hit.distanceKm())).toList();
        ConversationState next = state.withResults(results, Math.min(PAGE, results.size()),
                hubs.nearestTo(found.place()).orElse(null));
        return new Turn(list(next, 0, MoneyRequest.heading(body, heading(found.place()))), next);
    }

    /**
     * Several needs in one text ("debt and no food till payday"): the best match for each need, numbered across
     * them, when the whole text's own top results miss one of the needs; empty when one list answers them all.
     */
    private Optional<Turn> eachNeed(ConversationState state, List<String> parts, SearchResults whole) {
        @Nullable String place = whole.place() instanceof PlaceLookup.Found at ? Keywords.tidy(at.place()) : null;
        Set<Category> covered = whole.hits().stream().limit(PAGE).map(hit -> hit.item().category())
                .collect(Collectors.toSet());
        Set<Category> needs = new HashSet<>();
        List<Result> best = new ArrayList<>();
        for (String part : parts) {
            String tidy = Keywords.tidy(part);
            if (tidy.equals(place)) {
                continue;
            }
            String words = place == null || tidy.contains(place) ? part : part + " " + place;
            List<SearchHit> hits = search.search(SearchRequest.forText(words).page(0, 1)).hits();
            if (!hits.isEmpty() && needs.add(hits.get(0).item().category())) {
                SearchHit top = hits.get(0);
                best.add(new Result(top.item().id(), top.nearestHubId(), top.distanceKm()));
            }
        }
        if (best.size() < 2 || covered.containsAll(needs)) {
            return Optional.empty();
        }
        ConversationState next = state.withResults(best, best.size(), hubs.nearestTo(whole.place()).orElse(null));
        return Optional.of(new Turn(ReplyTexts.fit(list(next, 0, "The best match for each thing you asked:")
                .replace(", CALL for a callback.", ", or text one need for more. CALL for a callback.")), next));
    }

    private Turn nearer(ConversationState state, PlaceLookup.Found at) {
        List<Result> sorted = nearAPlace.sorted(state.results(), at);
        ConversationState next = state.withResults(sorted, Math.min(PAGE, sorted.size()),
                hubs.nearestTo(at).orElse(null));
        return new Turn(list(next, 0, heading(at)), next);
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

    /** The results listed so far, again ("go back"). */
    Turn listAgain(ConversationState state) {
        return new Turn(list(state, 0, null), state.detailsSent(null));
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
        title = ReplyTexts.shortened(title, MAX_TITLE);
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
     * Whether the text could be a search: some letters, and none beyond the accents English borrows (café, Zoë) and
     * Polish letters (the search reads Polish needs through its lexicon). Arabic or emoji alone would only find what
     * the search's typing-slip mending guesses, so they get the commands instead of misleading results.
     */
    static boolean readable(String text) {
        return text.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c))
                && text.codePoints().filter(Character::isLetter)
                        .allMatch(c -> c < 128 || READABLE_ACCENTS.indexOf(c) >= 0);
    }

}
