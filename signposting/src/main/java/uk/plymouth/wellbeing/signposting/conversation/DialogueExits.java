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
 * number or plain words for leaving; a word of a need ({@link #NEED_WORDS}); and the search finds it as typed (not
 * only by mending a slip).
 * Asked only about a text that was not an answer to the question pending.
 */
@Component
class DialogueExits {

    /**
     * Words of needs residents text: a clear new need in a dialogue has one of them ("food bank pl5"), so an answer
     * that happens to find something ("lots", "tomorrow") is not taken for one. Also never a first name.
     */
    static final Set<String> NEED_WORDS = Set.of("food", "bank", "foodbank", "foodbanks", "parcel", "pantry",
            "fridge", "meal", "meals", "lunch", "breakfast", "debt", "debts", "money", "bills", "loan", "credit",
            "benefits", "benefit", "pip", "universal", "housing", "rent", "homeless", "mortgage", "eviction",
            "tenancy", "landlord", "energy", "gas", "electric", "electricity", "heating", "fuel", "warm", "clothes",
            "furniture", "advice", "legal", "job", "jobs", "work", "cv", "training", "skills", "volunteering",
            "volunteer", "english", "esol", "maths", "reading", "computer", "internet", "digital", "laptop", "wifi",
            "mental", "health", "anxiety", "depression", "lonely", "loneliness", "counselling", "therapy",
            "bereavement", "grief", "dementia", "autism", "adhd", "disability", "carer", "carers", "smoking",
            "drinking", "alcohol", "drugs", "gambling", "doctor", "gp", "dentist", "pharmacy", "pregnancy",
            "parenting", "baby", "toddler", "toddlers", "kids", "children", "child", "youth", "teenager", "school",
            "family", "abuse", "council", "immigration", "asylum", "refugee", "veterans", "transport", "bus", "club",
            "group", "course", "class", "classes", "football", "walking", "walk", "walks", "yoga", "exercise",
            "swimming", "gym", "sport", "sports", "badminton", "dance", "music", "choir", "singing", "knitting",
            "craft", "crafts", "garden", "gardening", "coffee", "cafe", "library", "support");

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
        boolean aNeed = Arrays.stream(Keywords.tidy(text).split(" ")).anyMatch(NEED_WORDS::contains);
        if (!aNeed) {
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
