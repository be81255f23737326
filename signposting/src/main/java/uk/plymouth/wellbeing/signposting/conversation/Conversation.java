package uk.plymouth.wellbeing.signposting.conversation;

import org.springframework.stereotype.Service;

/**
 * Answers a resident's text, whatever channel it came by: search, details, a callback request, help, opt-out and
 * opt-in, crisis lines first. State per phone number lives in the database and expires after 30 minutes idle.
 *
 * <p>INTERIM (issue 5 in progress): answers every text with what can be texted. The signature is the contract the
 * SMS gateway codes against.
 */
@Service
public class Conversation {

    static final String HELP = "Wellbeing Hubs Plymouth. Text what you need help with, e.g. food bank PL5 or help"
            + " with debt. CALL for a callback. STOP to stop texts. In danger? Call 999.";

    /** The reply to one text; never throws for anything the resident wrote. */
    public ConversationReply reply(IncomingText text) {
        return ConversationReply.of(HELP);
    }
}
