package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.conversation.CallbackDialogue.Turn;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * The callback dialogue's last step: with consent given, the request goes in the queue for the hub nearest what they
 * told us (urgent, with the kind of crisis, after crisis words), to ring the number they agreed to if they gave one.
 */
@Component
class CallbackBooking {

    static final String URGENT_ABOUT = "Texted words that may mean a crisis and asked for an urgent call.";
    private static final Logger log = LoggerFactory.getLogger(CallbackBooking.class);

    private final CallbackQueue queue;
    private final ServiceSearch search;
    private final HubChoice hubs;

    CallbackBooking(CallbackQueue queue, ServiceSearch search, HubChoice hubs) {
        this.queue = queue;
        this.search = search;
        this.hubs = hubs;
    }

    Turn book(PhoneNumber from, ConversationState state) {
        Optional<Hub> hub = hubs.forCallback(state.nearHubId());
        if (hub.isEmpty()) {
            log.error("No hub to take a callback request from {}: the directory has no hubs", from.masked());
            return new Turn(ReplyTexts.pleaseCall(ReplyTexts.NOT_SAVED, null, null), state.dialogueOver());
        }
        BestTime bestTime = state.bestTime() == null ? BestTime.ANY : state.bestTime();
        NewCallback details = NewCallback.at(hub.get().id(), from.e164(), Channel.SMS)
                .withFirstName(state.firstName())
                .withAbout(state.urgent() ? null : category(state.aboutText()),
                        state.urgent() ? URGENT_ABOUT : state.aboutText())
                .withBestTime(state.urgent() ? BestTime.ANY : bestTime)
                .withRingPhone(state.ringNumber())
                .withConsent(true);
        try {
            // urgent after crisis words: with their kind, so staff see why (a state from before kinds has none)
            CallbackReceipt receipt = !state.urgent() ? queue.request(details)
                    : state.crisis() != null ? queue.request(details.withCrisis(state.crisis()))
                    : queue.requestUrgent(details);
            log.info("Callback {} requested by text from {}{}", receipt.reference(), from.masked(),
                    state.urgent() ? ", urgent" : "");
            String booked = ReplyTexts.callbackBooked(state.firstName(), receipt.reference(), hub.get().name(),
                    hub.get().phone(), bestTime, state.urgent());
            String ringOn = state.ringNumber() == null ? booked : ReplyTexts.fit(booked.replaceFirst("will ring you",
                    "will ring you on " + new PhoneNumber(state.ringNumber()).national()));
            return new Turn(ringOn, state.dialogueOver());
        } catch (InvalidPhoneNumberException notUk) {
            log.info("Callback by text from {} refused: not a UK number", from.masked());
            return new Turn(ReplyTexts.pleaseCall(ReplyTexts.NON_UK_NUMBER, hub.get().name(), hub.get().phone()),
                    state.dialogueOver());
        } catch (IllegalArgumentException refused) {
            // the message may quote what the resident typed: log only what kind of problem it was
            log.warn("Callback by text from {} refused by the queue ({})", from.masked(),
                    refused.getMessage() == null ? "?" : refused.getMessage().split(":", 2)[0]);
            return new Turn(ReplyTexts.pleaseCall(ReplyTexts.NOT_SAVED, hub.get().name(), hub.get().phone()),
                    state.dialogueOver());
        }
    }

    /** The category of the best match for what they said it is about, if any. */
    private @Nullable Category category(@Nullable String about) {
        if (about == null || about.isBlank()) {
            return null;
        }
        SearchResults found = search.search(SearchRequest.forText(about.toLowerCase(Locale.UK)).page(0, 1));
        return found.isEmpty() ? null : found.hits().get(0).item().category();
    }

    /** Whether the search knows the word as it is (not only as a typing slip for another): "debt", not "Pat". */
    boolean knows(String word) {
        SearchResults found = search.search(SearchRequest.forText(word.toLowerCase(Locale.UK)).page(0, 1));
        return !found.isEmpty() && found.fixes().isEmpty();
    }
}
