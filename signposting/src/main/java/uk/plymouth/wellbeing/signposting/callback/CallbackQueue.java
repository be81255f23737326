package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackTextStore;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;

/**
 * The callback queue every channel uses: residents request a callback (kiosk, text, staff on their behalf); staff
 * work the requests of their own hubs. Every look at a request and every change is written to the audit trail, and
 * every change publishes a {@link CallbackEvent} that listeners receive once it is committed.
 *
 * <p>Staff only ever see their hubs' requests (admins see all): another hub's request is "not found"
 * ({@link Optional#empty()} or {@link CallbackNotFoundException}), never "forbidden". When two people change a
 * request at once, one wins; the other gets {@link AlreadyClaimedException} (claims) or
 * {@link RequestChangedException}. Rules a change breaks give {@link IllegalStateException}; bad input gives
 * {@link IllegalArgumentException} whose message starts with the field's name.
 */
@Service
@Transactional
public class CallbackQueue {

    /** The actor when the app itself marks a request urgent (crisis words), as the audit trail shows it. */
    public static final StaffMember SYSTEM = StaffMember.admin("system");

    public static final int MAX_FIRST_NAME = 60;
    public static final int MAX_ABOUT_TEXT = 500;
    public static final int MAX_NOTES = CallbackRequest.MAX_NOTES;

    private static final Logger log = LoggerFactory.getLogger(CallbackQueue.class);

    private final CallbackStore store;
    private final CallbackTextStore texts;
    private final CallbackIntake intake;
    private final CallbackDeadlines deadlines;
    private final CallbackProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallbackQueue(CallbackStore store, CallbackTextStore texts, CallbackIntake intake, CallbackDeadlines deadlines,
            CallbackProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.texts = texts;
        this.intake = intake;
        this.deadlines = deadlines;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Saves a resident's request and says when it is due. A request {@link NewCallback#withCrisis with a crisis kind}
     * goes in marked urgent by {@link #SYSTEM}, so it sorts first in the queue; the audit trail says it was for crisis
     * words of that kind, and staff see the kind (never the words).
     *
     * @return the reference, and the due time to tell the resident: for a request made urgent by the system still the
     *     usual one, as residents were told before kinds were recorded (staff see and work to the urgent one)
     * @throws InvalidPhoneNumberException when the number will not do (a mobile is needed for a confirmation text);
     *     its message tells the resident why
     * @throws IllegalArgumentException without consent ("consent: ..."), for a hub or item not in the directory, or
     *     text over its limit
     */
    public CallbackReceipt request(NewCallback details) {
        return intake.take(details, false);
    }

    /**
     * A request from someone whose words may mean a crisis of a kind not known: as {@link #request(NewCallback)}
     * with a crisis kind, without one. Prefer {@code request(details.withCrisis(kind))} when the kind is known.
     */
    public CallbackReceipt requestUrgent(NewCallback details) {
        return intake.take(details, true);
    }

    /** Takes the request on; claiming one you already have changes nothing. */
    public CallbackDetails claim(UUID id, StaffMember staff) {
        return change(id, staff, AlreadyClaimedException::new, (request, now) -> request.claim(staff, now)
                ? new Change(AuditAction.CLAIMED, null, new CallbackClaimed(request.id(), request.reference(),
                        request.hubId(), request.status(), staff.username()))
                : null);
    }

    /** Puts a claimed request back in the queue (by whoever claimed it, or an admin). */
    public CallbackDetails release(UUID id, StaffMember staff) {
        return change(id, staff, RequestChangedException::new, (request, now) -> {
            request.release(staff, now);
            return new Change(AuditAction.RELEASED, null, new CallbackReleased(request.id(), request.reference(),
                    request.hubId(), request.status(), staff.username()));
        });
    }

    /** Records a call attempt, by whoever claimed the request; enough failed ones close it as unable to contact. */
    public CallbackDetails logAttempt(UUID id, StaffMember staff, AttemptOutcome outcome, @Nullable String notes) {
        @Nullable String tidyNotes = ResidentInput.text(notes, "notes", MAX_NOTES);
        return change(id, staff, RequestChangedException::new, (request, now) -> {
            request.logAttempt(staff, outcome, tidyNotes, now, properties.maxFailedAttempts());
            return new Change(AuditAction.ATTEMPT_LOGGED, outcome + ", failed attempts " + request.failedAttempts()
                    + " of " + properties.maxFailedAttempts() + ", now " + request.status(),
                    new CallbackAttemptLogged(request.id(), request.reference(), request.hubId(), request.status(),
                            staff.username(), outcome, request.failedAttempts()));
        });
    }

    /** Closes the request as done, by whoever claimed it. */
    public CallbackDetails complete(UUID id, StaffMember staff, @Nullable String notes) {
        @Nullable String tidyNotes = ResidentInput.text(notes, "notes", MAX_NOTES);
        return change(id, staff, RequestChangedException::new, (request, now) -> {
            request.complete(staff, tidyNotes, now);
            return new Change(AuditAction.COMPLETED, null, new CallbackCompleted(request.id(), request.reference(),
                    request.hubId(), request.status(), staff.username()));
        });
    }

    /** Puts a done or unable-to-contact request back in the queue, unclaimed. */
    public CallbackDetails reopen(UUID id, StaffMember staff) {
        return change(id, staff, RequestChangedException::new, (request, now) -> {
            request.reopen(now);
            return new Change(AuditAction.REOPENED, null, new CallbackReopened(request.id(), request.reference(),
                    request.hubId(), request.status(), staff.username()));
        });
    }

    /**
     * Marks an open request urgent (due within the urgent target) or not; the same again changes nothing. A request
     * made urgent for crisis words keeps its kind when marked not urgent, for the record, but no longer sorts first.
     */
    public CallbackDetails markUrgent(UUID id, StaffMember staff, boolean urgent) {
        return change(id, staff, RequestChangedException::new, (request, now) -> request.markUrgent(urgent, now,
                deadlines)
                ? new Change(AuditAction.MARKED_URGENT, (urgent ? "urgent" : "not urgent") + ", due "
                        + request.dueAt(), new CallbackMarkedUrgent(request.id(), request.reference(),
                                request.hubId(), request.status(), staff.username(), urgent, request.dueAt()))
                : null);
    }

    public CallbackDetails addNote(UUID id, StaffMember staff, String text) {
        @Nullable String tidy = ResidentInput.text(text, "note", MAX_NOTES);
        if (tidy == null) {
            throw new IllegalArgumentException("note: a note needs some text");
        }
        return change(id, staff, RequestChangedException::new, (request, now) -> {
            request.addNote(staff, tidy, now);
            return new Change(AuditAction.NOTE_ADDED, null, null);
        });
    }

    /** One request, if it is there and of the staff member's hubs; the look is audited. */
    public Optional<CallbackDetails> view(UUID id, StaffMember staff) {
        return store.find(id).filter(request -> staff.worksFor(request.hubId())).map(request -> viewed(request, staff));
    }

    /** As {@link #view}, by the reference the resident quotes ("PLY-4K7Q", "ply 4k7q", "4K7Q"). */
    public Optional<CallbackDetails> findByReference(String reference, StaffMember staff) {
        return CallbackReferences.normalise(reference).flatMap(store::findByReference)
                .filter(request -> staff.worksFor(request.hubId())).map(request -> viewed(request, staff));
    }

    /** Who looked at or changed the request and how, oldest first; empty when it is not of the staff member's hubs. */
    @Transactional(readOnly = true)
    public List<AuditRecord> auditTrail(UUID id, StaffMember staff) {
        return store.find(id).filter(request -> staff.worksFor(request.hubId()))
                .map(request -> store.auditTrail(request.id())).orElse(List.of());
    }

    /**
     * The requests of the staff member's hubs that match: urgent for crisis words first, then other urgent ones, then
     * the rest, oldest first within each.
     */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(QueueFilter filter, StaffMember staff) {
        @Nullable Collection<String> hubIds = hubsFor(filter, staff);
        if (hubIds != null && hubIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        // the queue's lines straight from the columns they need: no entities loaded (docs/benchmarks/callbacks.md)
        List<QueueEntry> entries = store.queueEntries(hubIds, filter.statuses(), filter.category() == null ? null
                : filter.category().id(), filter.overdueOnly(), now, filter.limit());
        Set<UUID> textedBack = texts.textedBackUnanswered(entries.stream().map(QueueEntry::id).toList());
        return textedBack.isEmpty() ? entries
                : entries.stream().map(entry -> entry.textedBack(textedBack.contains(entry.id()))).toList();
    }

    private CallbackDetails viewed(CallbackRequest request, StaffMember staff) {
        Instant now = clock.instant();
        store.audit(request.id(), staff.username(), AuditAction.VIEWED, null, now);
        return CallbackViews.details(request, now);
    }

    private @Nullable Collection<String> hubsFor(QueueFilter filter, StaffMember staff) {
        String hubId = filter.hubId();
        if (hubId != null) {
            return staff.worksFor(hubId) ? List.of(hubId) : List.of();
        }
        return staff.admin() ? null : staff.hubIds();
    }

    /**
     * Loads a request the staff member may see, makes the change and writes it at once, so a concurrent change
     * fails here and becomes {@code conflict}; then audits it and publishes its event. A transition returning null
     * changed nothing.
     */
    private CallbackDetails change(UUID id, StaffMember staff, Function<Throwable, RuntimeException> conflict,
            BiFunction<CallbackRequest, Instant, @Nullable Change> transition) {
        CallbackRequest request = store.find(id).filter(r -> staff.worksFor(r.hubId()))
                .orElseThrow(CallbackNotFoundException::new);
        Instant now = clock.instant();
        Change change = transition.apply(request, now);
        if (change == null) {
            return CallbackViews.details(request, now);
        }
        try {
            store.flush();
        } catch (ConcurrencyFailureException lostTheRace) {
            log.info("Callback {}: {} by {} lost to a concurrent change", request.reference(), change.action(),
                    staff.username());
            throw conflict.apply(lostTheRace);
        }
        store.audit(request.id(), staff.username(), change.action(), change.detail(), now);
        if (change.event() != null) {
            events.publishEvent(change.event());
        }
        log.info("Callback {} {} by {}, now {}", request.reference(), change.action(), staff.username(),
                request.status());
        return CallbackViews.details(request, now);
    }

    /** What a transition did: the audit row to write and the event to publish. */
    private record Change(AuditAction action, @Nullable String detail, @Nullable CallbackEvent event) {}
}
