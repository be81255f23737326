package uk.plymouth.wellbeing.sms.inbound;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.messaging.Message;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.signposting.messaging.DeliveryState;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.texting.InboundAnswer;
import uk.plymouth.wellbeing.signposting.texting.InboundText;
import uk.plymouth.wellbeing.signposting.texting.Inbox;
import uk.plymouth.wellbeing.sms.TwilioProperties;

/**
 * Twilio's two webhooks. {@code POST /sms/inbound}: a resident's text, stored and answered by the {@link Inbox},
 * answered in TwiML ({@code <Response><Message>...}). {@code POST /sms/status}: a delivery report for a text we sent,
 * handed to the {@link Outbox}. Both refuse requests without a valid {@code X-Twilio-Signature} (403) when an auth
 * token is configured; neither logs a number or a text.
 *
 * <p>A text to a number that is not {@code hub.sms.from-number} is answered like any other: the valid signature
 * proves Twilio sent it for our account (a second number, or one in the messaging service), and the resident should
 * get an answer.
 *
 * <p>A body over {@value #MAX_BODY_BYTES} bytes is refused (413) before anything else is read or checked (Twilio's
 * are a few kilobytes); one of unknown length (chunked) is refused too (411). The inbox reads the sender with libphonenumber
 * ({@code SenderNumber}), so one number is one number however it is written, and a number not in use is nobody's.
 * What came from outside is logged only through {@link LogSafe}.
 */
@RestController
@RequestMapping("/sms")
class TwilioWebhookController {

    static final MediaType TWIML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    /** The largest webhook body read: Twilio's, with a 1,600-character text and every field, are a few kilobytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final String CHANNEL = "twilio";
    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);

    private final TwilioSignatureVerifier signatures;
    private final Inbox inbox;
    private final Outbox outbox;
    private final TwilioProperties properties;

    TwilioWebhookController(TwilioSignatureVerifier signatures, Inbox inbox, Outbox outbox,
            TwilioProperties properties) {
        this.signatures = signatures;
        this.inbox = inbox;
        this.outbox = outbox;
        this.properties = properties;
    }

    @PostMapping("/inbound")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        ResponseEntity<String> unread = refusedUnread(request);
        if (unread != null) {
            return unread;
        }
        Map<String, String> fields = TwilioSignatureVerifier.formFields(request);
        if (!signatures.accepts(request, fields)) {
            return refused();
        }
        String messageSid = first(fields, "MessageSid", "SmsMessageSid");
        String from = fields.get("From");
        String body = fields.get("Body");
        if (messageSid == null || messageSid.isBlank() || messageSid.length() > 64 || hasControls(messageSid)) {
            return badRequest("MessageSid is missing, too long or not plain text.");
        }
        if (from == null || from.isBlank()) {
            return badRequest("From is missing.");
        }
        if (body == null) {
            return badRequest("Body is missing.");
        }
        InboundAnswer answer = inbox.receive(new InboundText(messageSid, CHANNEL, from, body),
                properties.rateLimit().toRateLimit());
        log.info("Text {} by Twilio: {}, {} {} in reply", LogSafe.text(messageSid), answer.outcome(),
                answer.messages().size(),
                answer.messages().size() == 1 ? "message" : "messages");
        return ResponseEntity.ok().contentType(TWIML).body(twiml(answer.messages()));
    }

    @PostMapping("/status")
    ResponseEntity<String> status(HttpServletRequest request) {
        ResponseEntity<String> unread = refusedUnread(request);
        if (unread != null) {
            return unread;
        }
        Map<String, String> fields = TwilioSignatureVerifier.formFields(request);
        if (!signatures.accepts(request, fields)) {
            return refused();
        }
        String messageSid = first(fields, "MessageSid", "SmsSid");
        String status = first(fields, "MessageStatus", "SmsStatus");
        if (messageSid == null || messageSid.isBlank() || status == null || status.isBlank()) {
            return badRequest("MessageSid and MessageStatus are needed.");
        }
        if (messageSid.length() > 64 || hasControls(messageSid)) {
            return badRequest("MessageSid is too long or not plain text.");
        }
        DeliveryState state = stateOf(status);
        if (state == null) {
            log.info("Status {} for text {} ignored", LogSafe.text(status, 20), LogSafe.text(messageSid));
        } else {
            String errorCode = fields.get("ErrorCode");
            outbox.deliveryReport(messageSid, state, errorCode == null || errorCode.isBlank() ? null : errorCode);
        }
        return ResponseEntity.ok().contentType(TWIML).body(twiml(List.of()));
    }

    /**
     * Twilio's message statuses as our outbox's states; null for those that are not about delivery of what we sent
     * (receiving, received, read, or anything new).
     */
    static @Nullable DeliveryState stateOf(String twilioStatus) {
        switch (twilioStatus.toLowerCase(Locale.ROOT)) {
            case "accepted":
            case "scheduled":
            case "queued":
            case "sending":
                return DeliveryState.QUEUED;
            case "sent":
                return DeliveryState.SENT;
            case "delivered":
                return DeliveryState.DELIVERED;
            case "undelivered":
                return DeliveryState.UNDELIVERED;
            case "failed":
            case "canceled":
                return DeliveryState.FAILED;
            default:
                return null;
        }
    }

    static {
        // the SDK's writer looks up its XML factories on every call: have that lookup done once (see JaxpFactories)
        JaxpFactories.pin();
    }

    /** The empty answer (say nothing), written once by the SDK. */
    private static final String EMPTY_TWIML = writeTwiml(List.of());

    /** {@code <Response>} with one {@code <Message>} per text, escaped by the SDK's XML writer. */
    static String twiml(List<String> messages) {
        return messages.isEmpty() ? EMPTY_TWIML : writeTwiml(messages);
    }

    private static String writeTwiml(List<String> messages) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        for (String message : messages) {
            response.message(new Message.Builder(message).build());
        }
        try {
            return response.build().toXml();
        } catch (TwiMLException impossible) {
            throw new IllegalStateException("Could not write TwiML", impossible);
        }
    }

    private static @Nullable String first(Map<String, String> fields, String name, String alias) {
        String value = fields.get(name);
        return value != null ? value : fields.get(alias);
    }

    /** 413 for a body over the cap, 411 for one of unknown length; null to go on. */
    private static @Nullable ResponseEntity<String> refusedUnread(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            log.warn("Refused a request to {}: its body of {} bytes is over {}", LogSafe.text(request.getRequestURI()),
                    length, MAX_BODY_BYTES);
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(PLAIN)
                    .body("Too large: at most " + MAX_BODY_BYTES + " bytes.");
        }
        if (length < 0) {
            return ResponseEntity.status(HttpStatus.LENGTH_REQUIRED).contentType(PLAIN)
                    .body("Content-Length is needed.");
        }
        return null;
    }

    private static boolean hasControls(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static ResponseEntity<String> refused() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(PLAIN).body("Forbidden");
    }

    private static ResponseEntity<String> badRequest(String why) {
        return ResponseEntity.badRequest().contentType(PLAIN).body(why);
    }
}
