package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Which language a number's conversation is in ({@link TextLanguage}), kept with the conversation (the
 * {@code language} column of {@code sms_conversation}, which {@link ConversationStore} leaves alone): each text that
 * shows a language sets it, and a text that shows none ("1", "STOP") keeps it. A Polish conversation has its Polish
 * keywords read as ours and our words sent back in Polish ({@link PolishTexting}).
 */
@Component
class TextingLanguage {

    private final JdbcTemplate jdbc;

    TextingLanguage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A text as the conversation reads it, and the language to answer in. */
    record Reading(String body, TextLanguage language, Optional<TextLanguage> shown) {}

    Reading read(PhoneNumber from, String text) {
        Optional<TextLanguage> shown = TextLanguage.of(text);
        TextLanguage language = shown.orElseGet(() -> keptFor(from));
        return new Reading(language == TextLanguage.POLISH ? PolishTexting.ourKeywords(text) : text, language, shown);
    }

    /** The reply in the conversation's language; the language is kept when the text showed one. */
    ConversationReply replied(PhoneNumber from, Reading reading, ConversationReply reply) {
        // once the number has a conversation row (the answer just saved it)
        reading.shown().ifPresent(language -> jdbc.update("update sms_conversation set language = ? where phone = ?",
                language.code(), from.e164()));
        if (reading.language() != TextLanguage.POLISH) {
            return reply;
        }
        return new ConversationReply(reply.messages().stream().map(PolishTexting::inPolish).toList(), reply.crisis());
    }

    private TextLanguage keptFor(PhoneNumber from) {
        List<String> codes = jdbc.queryForList("select language from sms_conversation where phone = ?", String.class,
                from.e164());
        return codes.isEmpty() || codes.get(0) == null ? TextLanguage.ENGLISH : TextLanguage.fromCode(codes.get(0));
    }
}
