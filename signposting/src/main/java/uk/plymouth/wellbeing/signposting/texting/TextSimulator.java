package uk.plymouth.wellbeing.signposting.texting;

import java.util.List;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender.LoggedText;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Texting the hubs as a resident would, with no carrier: the port the staff SMS simulator screen uses. The SMS
 * channel implements it by posting each text to its own inbound webhook, as the carrier would (signed when signatures
 * are checked), so it is stored, rate-limited and answered exactly as real traffic is. Only offered while texts go to
 * the log ({@code LoggingSmsSender}): with a real carrier, replies would reach whoever owns the simulated number.
 */
public interface TextSimulator {

    /** The longest text the simulator sends, as carriers allow (ten segments). */
    int MAX_LENGTH = 1600;

    /** Whether texts can be simulated here and, in plain English, what staff should know about it. */
    Status status();

    /**
     * Sends a text from {@code from} through the channel's real inbound path.
     *
     * @return the texts answered straight away, in order; empty when the answer is to say nothing
     * @throws TextSimulatorException in plain English, when simulating is off, {@code from} is not one of Ofcom's
     *     {@link DramaNumbers drama numbers}, the text is too long, or the webhook could not be reached or turned the
     *     text down
     */
    List<String> send(PhoneNumber from, String body);

    /**
     * Texts the outbox has sent (to the log) to this number after the one numbered {@code after}, oldest first; none
     * for a number that is not one of Ofcom's {@link DramaNumbers drama numbers}.
     */
    List<LoggedText> sentTo(PhoneNumber to, long after);

    /** The number of the last text the outbox has sent to anyone; 0 for none. Start {@link #sentTo} from it. */
    long lastSentNumber();

    /**
     * @param available whether {@link #send} may be called
     * @param signed whether texts carry a Twilio signature (they do whenever the webhook checks signatures)
     * @param explanation what happens to a simulated text, or why there is no simulator here
     */
    record Status(boolean available, boolean signed, String explanation) {}
}
