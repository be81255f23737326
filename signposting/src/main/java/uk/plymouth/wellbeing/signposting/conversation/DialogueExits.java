package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * A clear new need in the middle of a dialogue ("food bank pl5" where a survey asked for 1 to 5) leaves it with the
 * answer to that need, after a note of what became of the dialogue. Clear means: not a greeting, thanks, yes, no, a
 * number or plain words for leaving, some real words, and the search finds it as typed (not only by mending a slip).
 * Asked only about a text that was not an answer to the question pending.
 */
@Component
class DialogueExits {

    /** Words that say nothing about a need ("not sure", "sometimes"): never searched from a dialogue. */
    private static final Set<String> NOT_NEEDS = Set.of("not", "sure", "dont", "know", "dunno", "idk", "what",
            "why", "who", "how", "huh", "eh", "pardon", "sorry", "maybe", "whatever", "none", "nothing", "all",
            "both", "neither", "sometimes", "often", "rarely", "never", "always", "the", "time", "of", "a", "an",
            "some", "bit", "lot", "very", "quite", "ok", "okay", "fine", "good", "bad", "alright", "so", "and", "or",
            "it", "is", "i", "im", "me", "you", "mean", "like", "this", "that", "one", "yes", "no", "please", "again",
            "hello", "hi", "hey", "wait", "hang", "on", "question", "answer", "survey", "call", "back", "help",
            "need", "want", "can", "get");

    private final SearchReplies searches;
    private final ServiceSearch search;

    DialogueExits(SearchReplies searches, ServiceSearch search) {
        this.searches = searches;
        this.search = search;
    }

    /** The answer to the need in {@code text}, after {@code note}, from the dialogue's state once over; or empty. */
    Optional<Turn> forNeed(ConversationState over, String text, String note) {
        if (!isClearNeed(text)) {
            return Optional.empty();
        }
        Turn found = searches.search(over, text);
        boolean nothing = found.text().equals(ReplyTexts.NOTHING_FOUND) || found.text().equals(
                ReplyTexts.NOT_UNDERSTOOD);
        return nothing ? Optional.empty() : Optional.of(found.after(note));
    }

    boolean isClearNeed(String text) {
        if (text.length() > 160 || !SearchReplies.readable(text) || Keywords.isGreeting(text)
                || Keywords.isThanks(text) || Keywords.isYes(text) || Keywords.isNo(text)
                || Keywords.number(text).isPresent() || LeavingWords.leaves(text)) {
            return false;
        }
        boolean someWords = Arrays.stream(Keywords.tidy(text).split(" "))
                .anyMatch(word -> word.length() >= 3 && word.matches("\\p{L}+") && !NOT_NEEDS.contains(word));
        if (!someWords) {
            return false;
        }
        SearchResults found = search.search(SearchRequest.forText(text.toLowerCase(Locale.UK)).page(0, 1));
        return !found.isEmpty() && found.fixes().isEmpty();
    }

    /** The callback dialogue left: nothing booked, but crisis words seen in it still make a later CALL urgent. */
    static ConversationState callOver(ConversationState state) {
        ConversationState over = state.dialogueOver();
        return state.urgent() && state.crisis() != null ? over.markedUrgent(state.crisis()) : over;
    }
}
