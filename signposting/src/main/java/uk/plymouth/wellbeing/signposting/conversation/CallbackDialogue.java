package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackProperties;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.CallbackReceipt;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.conversation.ConversationState.Step;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.search.SearchRequest;
import uk.plymouth.wellbeing.signposting.search.SearchResults;
import uk.plymouth.wellbeing.signposting.search.ServiceSearch;

/**
 * "CALL" by text: first name (or SKIP), what it is about, best time (1 to 4), then YES to the privacy note, and the
 * request goes in the callback queue. After crisis language the dialogue is only the consent question, and the
 * request goes in urgent, with the kind of crisis for staff to see, so it jumps the queue. BACK goes back a
 * question and NO stops asking; CANCEL is a carrier's opt-out word, so the prompts never offer it.
 */
@Component
class CallbackDialogue {

    static final String URGENT_ABOUT = "Texted words that may mean a crisis and asked for an urgent call.";
    private static final Logger log = LoggerFactory.getLogger(CallbackDialogue.class);

    private final CallbackQueue queue;
    private final CallbackProperties callbackProperties;
    private final ServiceSearch search;
    private final HubChoice hubs;

    CallbackDialogue(CallbackQueue queue, CallbackProperties callbackProperties, ServiceSearch search, HubChoice hubs) {
        this.queue = queue;
        this.callbackProperties = callbackProperties;
        this.search = search;
        this.hubs = hubs;
    }

    /**
     * What a reply holds: the text, any further messages after it, and the state to keep.
     *
     * @param more messages sent after {@code text}, in order (a survey's introduction and its consent, say)
     */
    record Turn(String text, ConversationState state, List<String> more) {

        Turn {
            more = List.copyOf(more);
        }

        Turn(String text, ConversationState state) {
            this(text, state, List.of());
        }

        /** This turn with a message before its own (why it came, e.g. "we have not booked a call"). */
        Turn after(String note) {
            List<String> then = new java.util.ArrayList<>();
            then.add(text);
            then.addAll(more);
            return new Turn(note, state, then);
        }

        /** Every message, in order. */
        String[] messages() {
            String[] all = new String[1 + more.size()];
            all[0] = text;
            for (int i = 0; i < more.size(); i++) {
                all[i + 1] = more.get(i);
            }
            return all;
        }
    }

    Turn start(ConversationState state) {
        ConversationState fresh = state.withFirstName(null).withAbout(null).withBestTime(null);
        return fresh.urgent() ? new Turn(ReplyTexts.ASK_URGENT_CONSENT, fresh.at(Step.CONSENT))
                : new Turn(ReplyTexts.ASK_NAME, fresh.at(Step.NAME));
    }

    /** The answer to the question pending in {@code state}. */
    Turn answer(PhoneNumber from, ConversationState state, String text) {
        if (Keywords.isNo(text)) {
            return new Turn(ReplyTexts.DIALOGUE_STOPPED, state.dialogueOver());
        }
        boolean back = "BACK".equals(Keywords.oneWord(text));
        switch (state.step()) {
            case NAME:
                return back ? new Turn(ReplyTexts.ASK_NAME, state) : name(state, text);
            case ABOUT:
                return back ? new Turn(ReplyTexts.ASK_NAME, state.at(Step.NAME)) : about(state, text);
            case TIME:
                return back ? new Turn(ReplyTexts.askAbout(state.firstName()), state.at(Step.ABOUT))
                        : time(state, text);
            case CONSENT:
                if (back && !state.urgent()) {
                    return new Turn(ReplyTexts.ASK_TIME, state.at(Step.TIME));
                }
                return consent(from, state, text);
            default:
                return start(state);
        }
    }

    /** CALL while the questions are being asked: the call is already being arranged, so the question again. */
    Turn repeat(ConversationState state) {
        String question = switch (state.step()) {
            case ABOUT -> ReplyTexts.askAbout(state.firstName());
            case TIME -> ReplyTexts.ASK_TIME;
            case CONSENT -> state.urgent() ? ReplyTexts.ASK_URGENT_CONSENT
                    : ReplyTexts.askConsent(callbackProperties.retention().toDays());
            default -> ReplyTexts.ASK_NAME;
        };
        return new Turn(ReplyTexts.ALREADY_ARRANGING, state, List.of(question));
    }

    private Turn name(ConversationState state, String text) {
        if ("SKIP".equals(Keywords.oneWord(text))) {
            return new Turn(ReplyTexts.askAbout(null), state.withFirstName(null).at(Step.ABOUT));
        }
        String name = text.strip().replaceFirst("(?i)^(my name is|my names|name is|it is|its|it's|i am|i'm|im)\\s+",
                "").replaceAll("[.!,]+$", "").strip();
        if (name.isEmpty() || name.length() > 30 || name.split("\\s+").length > 3 || name.matches(".*\\d.*")) {
            return new Turn(ReplyTexts.ASK_NAME_AGAIN, state);
        }
        return new Turn(ReplyTexts.askAbout(name), state.withFirstName(name).at(Step.ABOUT));
    }

    private Turn about(ConversationState state, String text) {
        String about = "SKIP".equals(Keywords.oneWord(text)) ? null : text.strip();
        if (about != null && about.length() > CallbackQueue.MAX_ABOUT_TEXT) {
            about = about.substring(0, CallbackQueue.MAX_ABOUT_TEXT);
        }
        String nearHub = about == null ? null : hubs.nearestTo(about).orElse(null);
        return new Turn(ReplyTexts.ASK_TIME, state.withAbout(about).nearHub(nearHub).at(Step.TIME));
    }

    private Turn time(ConversationState state, String text) {
        Optional<BestTime> time = bestTime(text);
        return time.isEmpty() ? new Turn(ReplyTexts.ASK_TIME_AGAIN, state)
                : new Turn(ReplyTexts.askConsent(callbackProperties.retention().toDays()),
                        state.withBestTime(time.get()).at(Step.CONSENT));
    }

    static Optional<BestTime> bestTime(String text) {
        OptionalInt number = Keywords.number(text);
        if (number.isPresent()) {
            int n = number.getAsInt();
            return n >= 1 && n <= 4 ? Optional.of(BestTime.values()[n - 1]) : Optional.empty();
        }
        String words = Keywords.tidy(text);
        if (words.matches("(in the )?morning|am|mornings")) {
            return Optional.of(BestTime.MORNING);
        }
        if (words.matches("(in the )?afternoon|pm|afternoons")) {
            return Optional.of(BestTime.AFTERNOON);
        }
        if (words.matches("(in the )?evening|evenings|after work")) {
            return Optional.of(BestTime.EVENING);
        }
        return words.matches("any|any ?time|anytime|whenever|dont mind|do not mind")
                ? Optional.of(BestTime.ANY) : Optional.empty();
    }

    private Turn consent(PhoneNumber from, ConversationState state, String text) {
        if (!Keywords.isYes(text)) {
            return new Turn(ReplyTexts.askConsentAgain(state.urgent()), state);
        }
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
                .withConsent(true);
        try {
            // urgent after crisis words: with their kind, so staff see why (a state from before kinds has none)
            CallbackReceipt receipt = !state.urgent() ? queue.request(details)
                    : state.crisis() != null ? queue.request(details.withCrisis(state.crisis()))
                    : queue.requestUrgent(details);
            log.info("Callback {} requested by text from {}{}", receipt.reference(), from.masked(),
                    state.urgent() ? ", urgent" : "");
            return new Turn(ReplyTexts.callbackBooked(state.firstName(), receipt.reference(), hub.get().name(),
                    hub.get().phone(), bestTime, state.urgent()), state.dialogueOver());
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
}
