package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Which language a number's conversation is in ({@link TextLanguage}), kept with the conversation: each text that
 * shows a language sets it, and a text that shows none ("1", "STOP") keeps it. A Polish conversation has its Polish
 * keywords read as ours and our words sent back in Polish ({@link PolishTexting}).
 */
@Component
class TextingLanguage {

    private final ConversationStore store;

    TextingLanguage(ConversationStore store) {
        this.store = store;
    }

    /** A text as the conversation reads it, and the language to answer in. */
    record Reading(String body, TextLanguage language, Optional<TextLanguage> shown) {}

    Reading read(PhoneNumber from, String text) {
        Optional<TextLanguage> shown = TextLanguage.of(text);
        TextLanguage language = shown.orElseGet(() -> store.language(from));
        return new Reading(language == TextLanguage.POLISH ? PolishTexting.ourKeywords(text) : text, language, shown);
    }

    /** The reply in the conversation's language; the language is kept when the text showed one. */
    ConversationReply replied(PhoneNumber from, Reading reading, ConversationReply reply) {
        reading.shown().ifPresent(language -> store.rememberLanguage(from, language));
        if (reading.language() != TextLanguage.POLISH) {
            return reply;
        }
        return new ConversationReply(reply.messages().stream().map(PolishTexting::inPolish).toList(), reply.crisis());
    }
}
