package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackTextStore;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.OutboxEntry;
import uk.plymouth.wellbeing.signposting.messaging.OutgoingText;
import uk.plymouth.wellbeing.signposting.messaging.Outbox;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.messaging.TextPurpose;

/**
 * Texting between staff and a resident about one callback request. Staff text from the request (through the
 * {@link Outbox}, so opt-outs, retries and delivery reports apply as to every text); for
 * {@code hub.callback.text-reply-window} after that, what the resident texts back is taken as their reply and put on
 * the request for staff (the conversation asks {@link #awaitingReplyFrom}). The thread shows both, oldest first.
 * Same rules as the queue: staff see and text only their hubs' requests; every text is audited, without its words.
 */
@Service
@Transactional
public class CallbackTexts {

    /** Two texts' worth of GSM-7: a staff text longer than that is refused, not cut. */
    public static final int MAX_SEGMENTS = 2;
    /** The longest resident reply kept on a request (a carrier joins up to ten parts). */
    static final int MAX_REPLY = 1600;

    private static final Logger log = LoggerFactory.getLogger(CallbackTexts.class);

    private final CallbackStore requests;
    private final CallbackTextStore texts;
    private final Outbox outbox;
    private final OptOuts optOuts;
    private final CallbackProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallbackTexts(CallbackStore requests, CallbackTextStore texts, Outbox outbox, OptOuts optOuts,
            CallbackProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.texts = texts;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Texts the resident from their request. The words are made GSM-7 (curly quotes and dashes become plain ones) so
     * each part holds 160 characters.
     *
     * @return the text as it will be sent
     * @throws CallbackNotFoundException when the request is not one of the staff member's hubs'
     * @throws IllegalStateException when the resident cannot be texted (opted out, no mobile number, details erased)
     * @throws IllegalArgumentException ("text: ...") when there are no words or more than {@value #MAX_SEGMENTS} texts'
     *     worth
     */
    public String send(UUID requestId, StaffMember staff, String typed) {
        CallbackRequest request = requests.find(requestId).filter(r -> staff.worksFor(r.hubId()))
                .orElseThrow(CallbackNotFoundException::new);
        PhoneNumber phone = textable(request);
        String body = words(typed);
        Instant now = clock.instant();
        UUID textId = outbox.enqueue(new OutgoingText(phone, body, TextPurpose.STAFF_REPLY, request.id()));
        texts.addToResident(request.id(), staff.username(), textId, now);
        requests.audit(request.id(), staff.username(), AuditAction.TEXT_SENT, "text " + textId + ", "
                + SmsText.segments(body) + " part(s)", now);
        events.publishEvent(new CallbackTextSent(request.id(), request.reference(), request.hubId(), request.status(),
                staff.username()));
        outbox.sendAsSoonAsCommitted(textId);
        log.info("Callback {}: text {} sent by {}", request.reference(), textId, staff.username());
        return body;
    }

    /** The texts about the request, oldest first; empty when it is not one of the staff member's hubs'. */
    @Transactional(readOnly = true)
    public List<ThreadText> thread(UUID requestId, StaffMember staff) {
        Optional<CallbackRequest> request = requests.find(requestId).filter(r -> staff.worksFor(r.hubId()));
        if (request.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> sentBy = new HashMap<>();
        List<ThreadText> thread = new ArrayList<>();
        for (CallbackTextStore.Row row : texts.thread(requestId)) {
            if (row.fromResident()) {
                thread.add(new ThreadText(row.at(), true, null, null, null, null, row.body()));
            } else if (row.outboxId() != null && row.staff() != null) {
                sentBy.put(row.outboxId(), row.staff());
            }
        }
        for (OutboxEntry sent : outbox.forCallback(requestId)) {
            thread.add(new ThreadText(sent.createdAt(), false, sentBy.get(sent.id()), sent.purpose(), sent.state(),
                    sent.lastError(), sent.body()));
        }
        thread.sort(Comparator.comparing(ThreadText::at));
        return thread;
    }

    /**
     * The request whose staff texted this number within {@code hub.callback.text-reply-window}, newest first: a text
     * from the number now is most likely the resident's reply to it.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> awaitingReplyFrom(PhoneNumber phone) {
        return texts.lastTextedSince(phone.e164(), clock.instant().minus(properties.textReplyWindow()));
    }

    /**
     * Puts what the resident texted on the request's thread and tells its staff; a closed request (done, or unable
     * to contact) goes back in the queue, unclaimed. A text over
     * {@value #MAX_REPLY} characters keeps its first {@value #MAX_REPLY}.
     *
     * @return false when the request is gone or its details were erased (the text is then not kept here)
     */
    public boolean residentReplied(UUID requestId, String typed) {
        Optional<CallbackRequest> found = requests.find(requestId).filter(r -> r.personalDataErasedAt() == null);
        if (found.isEmpty()) {
            return false;
        }
        CallbackRequest request = found.get();
        String body = typed.length() > MAX_REPLY ? typed.substring(0, MAX_REPLY) : typed;
        Instant now = clock.instant();
        texts.addFromResident(request.id(), body.strip().isEmpty() ? "(an empty text)" : body.strip(), now);
        requests.audit(request.id(), "resident", AuditAction.RESIDENT_TEXTED, null, now);
        if (!request.status().isOpen()) {
            // staff often text after giving up on ringing: the answer must not land on a request nobody looks at
            request.reopen(now);
            requests.audit(request.id(), "resident", AuditAction.REOPENED, "texted back", now);
        }
        events.publishEvent(new CallbackTextReceived(request.id(), request.reference(), request.hubId(),
                request.status()));
        log.info("Callback {}: the resident texted back", request.reference());
        return true;
    }

    /**
     * Why the resident of this request cannot be texted now (opted out here or with the carrier, a landline, details
     * erased), in words for staff; empty when they can. Empty too for a request the staff member may not see.
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotTextable(UUID requestId, StaffMember staff) {
        return requests.find(requestId).filter(r -> staff.worksFor(r.hubId())).flatMap(this::whyNot);
    }

    private Optional<String> whyNot(CallbackRequest request) {
        Optional<PhoneNumber> phone = request.phone();
        if (phone.isEmpty()) {
            return Optional.of("This request's personal details have been erased, so there is no number to text.");
        }
        if (!phone.get().isMobile()) {
            return Optional.of("The resident gave a landline, which cannot get texts. Please ring them instead.");
        }
        if (request.optedOut() || optOuts.isOptedOut(phone.get())) {
            return Optional.of("The resident asked us not to text them (they texted STOP). Please ring them"
                    + " instead.");
        }
        return Optional.empty();
    }

    private PhoneNumber textable(CallbackRequest request) {
        Optional<String> why = whyNot(request);
        if (why.isPresent()) {
            throw new IllegalStateException(why.get());
        }
        return request.phone().orElseThrow();
    }

    private static String words(String typed) {
        @Nullable String tidy = ResidentInput.text(typed, "text", MAX_REPLY);
        if (tidy == null) {
            throw new IllegalArgumentException("text: please write something to send.");
        }
        String gsm = SmsText.toGsm(tidy);
        int segments = SmsText.segments(gsm);
        if (segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("text: that is " + segments + " texts long; please keep it to "
                    + MAX_SEGMENTS + " (about 300 characters).");
        }
        return gsm;
    }
}
