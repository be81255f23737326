package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Result;

/**
 * What a text means after a list or an item's details, before it is taken as a new search: MORE; a number, an
 * ordinal ("the 2nd one", "the last one") or a listed name ("and the food bank?") for that one's details; a
 * question about the item just described ("is it free", "can i just turn up": {@link ItemQuestion}); "go back" to
 * the list; "something else" for a new search. Empty when the text is none of these.
 */
@Component
class ListFollowUps {

    private static final Pattern SOMETHING_ELSE = Pattern.compile("^(actually |no |nah |ok |sorry )*(i need |i want "
            + "|need |want |looking for |have you got |got )?(something|sumthing|somethin|summat|anything|owt) (else|"
            + "different)( please| pls| instead)?$|^(none of (them|those|these)|not (what i|that)\\b.*|new search|"
            + "search again|start again|different (thing|help|question))$");
    private static final Pattern GO_BACK = Pattern.compile("^(go back|back|(show (me )?)?(the )?list( again)?|"
            + "previous|back to (the )?list|show (me )?(them|those) again)( please| pls)?$");

    private final SearchReplies searches;
    private final ItemAnswers answers;
    private final Catalogue catalogue;

    ListFollowUps(SearchReplies searches, ItemAnswers answers, Catalogue catalogue) {
        this.searches = searches;
        this.answers = answers;
        this.catalogue = catalogue;
    }

    /** MORE, a number, an ordinal or a listed name; "go back"; "something else". */
    Optional<Turn> pick(ConversationState state, String body, @Nullable String word, boolean expired) {
        if (word != null && Keywords.MORE.contains(word)) {
            return Optional.of(searches.more(state, expired));
        }
        OptionalInt number = Keywords.number(body);
        if (number.isEmpty() && !state.results().isEmpty()) {
            number = ListPick.byPosition(body, state.shown());
        }
        if (number.isEmpty() && !state.results().isEmpty()) {
            number = ListPick.byName(body, shown(state, DirectoryItem::title));
        }
        if (number.isEmpty() && !state.results().isEmpty()) {
            // "the food bank one" when the list says "Emergency food parcels": its kind of help names it
            number = ListPick.byName(body,
                    shown(state, item -> item.title() + " " + item.category().searchWords()));
        }
        if (number.isPresent()) {
            return Optional.of(searches.details(state, number.getAsInt(), expired));
        }
        String tidy = Keywords.tidy(body);
        if (SOMETHING_ELSE.matcher(tidy).matches()) {
            return Optional.of(new Turn(ReplyTexts.SOMETHING_ELSE, state.detailsSent(null)));
        }
        if (GO_BACK.matcher(tidy).matches()) {
            return Optional.of(state.results().isEmpty()
                    ? new Turn(expired ? ReplyTexts.EXPIRED : ReplyTexts.NO_SEARCH, state)
                    : searches.listAgain(state));
        }
        return Optional.empty();
    }

    /**
     * A question about the item just described ("is it free"), or after a list, which one; with nothing said before,
     * only when the text points back ("is it free", not "how much is a bus").
     */
    Optional<Turn> aboutItem(ConversationState state, String body, boolean expired) {
        boolean context = !state.results().isEmpty() || state.detailsSent() != null || expired;
        return ItemQuestion.in(body).filter(question -> context || ItemQuestion.pointsBack(Keywords.tidy(body)))
                .map(question -> about(state, question, expired));
    }

    private Turn about(ConversationState state, ItemQuestion question, boolean expired) {
        Result sent = state.detailsSent();
        if (sent == null && state.shown() == 1) {
            sent = state.results().get(0);
        }
        if (sent == null) {
            return new Turn(state.results().isEmpty() ? (expired ? ReplyTexts.EXPIRED : ReplyTexts.ASK_WHICH_SERVICE)
                    : ReplyTexts.askWhichOne(state.shown()), state);
        }
        Result about = sent;
        return catalogue.item(about.itemId())
                .map(item -> new Turn(answers.answer(question, item, about.hubId()), state.detailsSent(about)))
                .orElseGet(() -> new Turn(ReplyTexts.ITEM_GONE, state));
    }

    private List<String> shown(ConversationState state, Function<DirectoryItem, String> words) {
        return state.results().subList(0, Math.min(state.shown(), state.results().size())).stream()
                .map(result -> catalogue.item(result.itemId()).map(words).orElse("")).toList();
    }
}
