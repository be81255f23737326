package uk.plymouth.wellbeing.signposting.problems;

import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Who is reporting, only as far as the rate limit needs to tell reporters apart: a kiosk (by its network address) or
 * a phone number. Held in memory for the call and, for the limit, only as a salted hash; never stored or logged.
 */
public final class Reporter {

    private final Channel channel;
    private final String identity;

    private Reporter(Channel channel, String identity) {
        this.channel = channel;
        this.identity = identity;
    }

    /** A kiosk, or a browser on the kiosk's pages, by the network address it connects from. */
    public static Reporter atKiosk(String address) {
        return new Reporter(Channel.KIOSK, address.isBlank() ? "unknown" : address.strip());
    }

    /** A resident texting from this number. */
    public static Reporter byText(PhoneNumber from) {
        return new Reporter(Channel.SMS, from.e164());
    }

    /** A member of staff passing on what a resident told them. */
    public static Reporter staff(String username) {
        return new Reporter(Channel.STAFF, username);
    }

    public Channel channel() {
        return channel;
    }

    /** What the rate limit hashes. */
    String identity() {
        return channel.name() + " " + identity;
    }

    @Override
    public String toString() {
        return "Reporter[" + channel + "]";
    }
}
