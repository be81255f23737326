package uk.plymouth.wellbeing.sms.outbound;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.base.Page;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.messaging.SmsSendException;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.TextMessage;
import uk.plymouth.wellbeing.sms.TwilioProperties;

/**
 * Sends texts through Twilio's REST API, asking for delivery reports at {@code <public-base-url>/sms/status}.
 * Twilio's server errors, 429 and network failures are worth retrying; its other refusals (an invalid number, a number
 * that opted out with the carrier: 21610) are not, and carry Twilio's error code. Logs the message id only, never the
 * number or the words; Twilio's own error messages, which can quote the number, are left out of ours.
 */
public class TwilioSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsSender.class);

    /** How many of a number's latest texts a look-up reads. */
    static final long LOOK_BACK = 50;
    /** How far Twilio's clock and ours may differ. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);

    private final TwilioRestClient client;
    private final TwilioProperties properties;
    private final @Nullable URI statusCallback;

    public TwilioSmsSender(TwilioRestClient client, TwilioProperties properties) {
        this.client = client;
        this.properties = properties;
        String status = properties.publicUrl("/sms/status");
        this.statusCallback = status == null ? null : URI.create(status);
    }

    @Override
    public SentText send(TextMessage message) {
        com.twilio.type.PhoneNumber to = new com.twilio.type.PhoneNumber(message.to().e164());
        MessageCreator creator = properties.messagingServiceSid() != null
                ? Message.creator(to, properties.messagingServiceSid(), message.body())
                : Message.creator(to, new com.twilio.type.PhoneNumber(properties.fromNumber()), message.body());
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        try {
            Message sent = creator.create(client);
            log.info("Twilio took text {} ({} segments)", sent.getSid(), message.segments());
            return new SentText(sent.getSid());
        } catch (ApiException refused) {
            throw refusal(refused);
        } catch (ApiConnectionException unreachable) {
            throw new SmsSendException("Could not reach Twilio", true, null, unreachable);
        } catch (TwilioException other) {
            // e.g. a response Twilio's client could not read: not the resident's fault, may pass
            throw new SmsSendException("Twilio failed: " + other.getClass().getSimpleName(), true, null, null);
        }
    }

    /**
     * Twilio's own list of the texts to this number, newest first (one page of {@value #LOOK_BACK}): those with these
     * words created since {@code since}, less {@link #CLOCK_MARGIN} for the difference between Twilio's clock and
     * ours. Whoever asks must leave out ids other texts of ours already hold (an identical earlier text).
     *
     * @throws SmsSendException (retryable) when Twilio cannot be asked now
     */
    @Override
    public Lookup lookUp(TextMessage message, Instant since) {
        ZonedDateTime from = since.minus(CLOCK_MARGIN).atZone(ZoneOffset.UTC);
        try {
            Page<Message> recent = Message.reader().setTo(message.to().e164()).setPageSize(LOOK_BACK)
                    .firstPage(client);
            List<String> matching = recent.getRecords().stream()
                    .filter(sent -> message.body().equals(sent.getBody()))
                    .filter(sent -> sent.getDateCreated() == null || !sent.getDateCreated().isBefore(from))
                    .map(Message::getSid).toList();
            log.info("Asked Twilio about a text whose send was cut short: {} matching", matching.size());
            return Lookup.took(matching);
        } catch (ApiException refused) {
            throw new SmsSendException("Twilio could not be asked (HTTP " + refused.getStatusCode() + ")", true,
                    null, null);
        } catch (TwilioException unreachable) {
            throw new SmsSendException("Twilio could not be asked: " + unreachable.getClass().getSimpleName(), true,
                    null, null);
        }
    }

    /** 5xx, 429 and no status at all may pass later; any other 4xx will not. */
    static SmsSendException refusal(ApiException refused) {
        Integer status = refused.getStatusCode();
        String code = refused.getCode() == null ? null : refused.getCode().toString();
        boolean retryable = status == null || status >= 500 || status == 429;
        return new SmsSendException("Twilio refused the text (HTTP " + status + ", error " + code + ")", retryable,
                code, null);
    }
}
