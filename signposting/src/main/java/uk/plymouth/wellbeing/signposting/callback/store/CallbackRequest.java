package uk.plymouth.wellbeing.signposting.callback.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AlreadyClaimedException;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.callback.CallbackStatus;
import uk.plymouth.wellbeing.signposting.callback.Channel;
import uk.plymouth.wellbeing.signposting.callback.ConfirmationStatus;
import uk.plymouth.wellbeing.signposting.callback.NewCallback;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A resident's request to be called back, and everything that happens to it. Its status only changes through the
 * guarded transitions below, which throw {@link IllegalStateException} (naming the reference and the rule) when a
 * change is not allowed:
 *
 * <pre>
 *   NEW --claim--> CLAIMED --complete--> DONE
 *    ^               |  \--logAttempt (the Nth failure)--> UNABLE_TO_CONTACT
 *    +---release-----+
 *    +---------------------reopen---------------------- DONE, UNABLE_TO_CONTACT
 * </pre>
 *
 * {@code @Version} makes a concurrent change lose at flush time instead of overwriting, and {@code @DynamicUpdate}
 * keeps staff changes off the columns only the confirmation sender and opt-outs write.
 */
@Entity
@Table(name = "callback_request")
@DynamicUpdate
public class CallbackRequest {

    public static final int MAX_NOTES = 2000;
    /** Who wrote the notes a resident's own changes by text leave. */
    public static final String RESIDENT = "resident";

    @Id
    private UUID id = new UUID(0, 0);

    @Column(nullable = false, length = 8, updatable = false)
    private String reference = "";

    @Column(name = "hub_id", nullable = false, length = 64, updatable = false)
    private String hubId = "";

    @Embedded
    private ResidentDetails resident = new ResidentDetails();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel = Channel.KIOSK;

    @Column(name = "consent_given_at", nullable = false, updatable = false)
    private Instant consentGivenAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CallbackStatus status = CallbackStatus.NEW;

    @Column(nullable = false)
    private boolean urgent;

    /**
     * Why the system made the request urgent: the kind of danger the resident's words may mean (a {@link CrisisKind}
     * id), never the words; null when crisis words did not. Never changed: kept when staff mark it not urgent, and on
     * erasure (it is not the resident's details).
     */
    @Column(name = "crisis_kind", length = 20, updatable = false)
    private @Nullable String crisisKind;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    /** Failed call attempts since the request was made or last reopened. */
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /**
     * When staff first rang, whatever the outcome; null until then. Kept on reopening (it is still the first attempt)
     * and on erasure (not personal data): the dashboard counts from it.
     */
    @Column(name = "first_attempt_at")
    private @Nullable Instant firstAttemptAt;

    @Column(name = "personal_data_erased_at")
    private @Nullable Instant personalDataErasedAt;

    @Column(name = "confirmation_wanted", nullable = false, updatable = false)
    private boolean confirmationWanted;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "confirmation_status", nullable = false, length = 20)
    private ConfirmationStatus confirmationStatus = ConfirmationStatus.NOT_WANTED;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Version
    private @Nullable Integer version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderBy("attemptedAt, id")
    private List<CallbackAttempt> attempts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderBy("writtenAt, id")
    private List<CallbackNote> notes = new ArrayList<>();

    protected CallbackRequest() {}

    /**
     * A new request from checked details ({@code details} already trimmed and within limits, consent given), not
     * urgent yet: a request after crisis words records their kind here and is then marked urgent by the queue.
     */
    public static CallbackRequest create(UUID id, String reference, NewCallback details, PhoneNumber phone,
            Instant now, DueTime dueTime) {
        if (!details.consentGiven()) {
            throw new IllegalArgumentException("consent: a callback request needs the resident's consent");
        }
        CallbackRequest request = new CallbackRequest();
        request.id = id;
        request.reference = reference;
        request.hubId = details.hubId();
        request.resident = ResidentDetails.of(details, phone);
        request.crisisKind = details.crisis() == null ? null : details.crisis().id();
        request.channel = details.channel();
        request.consentGivenAt = now;
        request.createdAt = now;
        request.updatedAt = now;
        request.dueAt = dueTime.dueAt(request.hubId, now, false);
        request.confirmationWanted = details.confirmationWanted();
        request.confirmationStatus = details.confirmationWanted() ? ConfirmationStatus.PENDING
                : ConfirmationStatus.NOT_WANTED;
        return request;
    }

    /** Takes the request on; false if this staff member already has it. */
    public boolean claim(StaffMember staff, Instant now) {
        switch (status) {
            case NEW -> {
                status = CallbackStatus.CLAIMED;
                claimedBy = staff.username();
                claimedAt = now;
                updatedAt = now;
                return true;
            }
            case CLAIMED -> {
                if (isClaimedBy(staff)) {
                    return false;
                }
                throw new AlreadyClaimedException();
            }
            default -> throw new IllegalStateException(
                    reference + " is closed (" + status + "); reopen it before claiming it.");
        }
    }

    /** Puts a claimed request back in the queue: by whoever claimed it, or an admin. */
    public void release(StaffMember staff, Instant now) {
        if (status != CallbackStatus.CLAIMED) {
            throw new IllegalStateException(reference + " is not claimed (" + status + "); there is nothing to release.");
        }
        if (!isClaimedBy(staff) && !staff.admin()) {
            throw new IllegalStateException(
                    "Only " + claimedBy + ", who claimed " + reference + ", or an admin can release it.");
        }
        unclaim();
        updatedAt = now;
    }

    /**
     * Records a call to the resident, by whoever claimed the request. The {@code maxFailedAttempts}th failed attempt
     * since the request was made (or reopened) closes it as UNABLE_TO_CONTACT.
     */
    public void logAttempt(StaffMember staff, AttemptOutcome outcome, @Nullable String attemptNotes, Instant now,
            int maxFailedAttempts) {
        requireClaimedBy(staff, "log a call attempt on");
        requireNoLongerThan(attemptNotes, "attempt notes");
        attempts.add(new CallbackAttempt(staff.username(), now, outcome, attemptNotes));
        if (firstAttemptAt == null) {
            firstAttemptAt = now;
        }
        if (outcome.isFailure()) {
            failedAttempts++;
            if (failedAttempts >= maxFailedAttempts) {
                status = CallbackStatus.UNABLE_TO_CONTACT;
                closedAt = now;
            }
        }
        updatedAt = now;
    }

    /** The callback was made: closes the request, by whoever claimed it, with their notes if any. */
    public void complete(StaffMember staff, @Nullable String completionNotes, Instant now) {
        requireClaimedBy(staff, "complete");
        requireNoLongerThan(completionNotes, "notes");
        if (completionNotes != null) {
            notes.add(new CallbackNote(staff.username(), now, completionNotes));
        }
        status = CallbackStatus.DONE;
        closedAt = now;
        updatedAt = now;
    }

    /** Puts a closed request back in the queue, unclaimed and with its failed attempts counted afresh. */
    public void reopen(Instant now) {
        if (status.isOpen()) {
            throw new IllegalStateException(reference + " is still open (" + status
                    + "); only done or unable-to-contact requests can be reopened.");
        }
        requireNotErased("reopen");
        status = CallbackStatus.NEW;
        unclaim();
        closedAt = null;
        failedAttempts = 0;
        updatedAt = now;
    }

    /**
     * Marks an open request urgent or not; false if it already was. Its due time is worked out again from when it
     * was made, with the urgent or the normal target, so an old request marked urgent may be overdue at once.
     */
    public boolean markUrgent(boolean makeUrgent, Instant now, DueTime dueTime) {
        if (!status.isOpen()) {
            throw new IllegalStateException(reference + " is closed (" + status
                    + "); only open requests can be marked urgent or not urgent.");
        }
        if (urgent == makeUrgent) {
            return false;
        }
        urgent = makeUrgent;
        dueAt = dueTime.dueAt(hubId, createdAt, makeUrgent);
        updatedAt = now;
        return true;
    }

    /**
     * The resident asked by text to cancel: the request closes as done, with a note saying so for staff.
     *
     * @throws IllegalStateException when it is already closed
     */
    public void cancelByResident(Instant now) {
        requireOpenForResident();
        notes.add(new CallbackNote(RESIDENT, now, "Cancelled by the resident by text."));
        status = CallbackStatus.DONE;
        closedAt = now;
        updatedAt = now;
    }

    /** The resident asked by text to be rung at another time; a note says what it was before. */
    public void changeBestTimeByResident(BestTime time, Instant now) {
        requireOpenForResident();
        notes.add(new CallbackNote(RESIDENT, now, "The resident asked by text to be rung " + time.inWords()
                + " instead (was " + resident.bestTime().inWords() + ")."));
        resident.bestTime(time);
        updatedAt = now;
    }

    /** The resident asked by text to be rung on another UK number (their own number to ring it again). */
    public void ringOnByResident(PhoneNumber number, Instant now) {
        requireOpenForResident();
        notes.add(new CallbackNote(RESIDENT, now, "The resident asked by text to be rung on " + number.national()
                + " instead."));
        resident.ringOn(number);
        updatedAt = now;
    }

    private void requireOpenForResident() {
        if (!status.isOpen() || personalDataErasedAt != null) {
            throw new IllegalStateException(reference + " is closed (" + status + "); the resident cannot change it.");
        }
    }

    public void addNote(StaffMember staff, String text, Instant now) {
        requireNotErased("add a note to");
        if (text.isBlank()) {
            throw new IllegalArgumentException("note: a note needs some text");
        }
        requireNoLongerThan(text, "note");
        notes.add(new CallbackNote(staff.username(), now, text));
        updatedAt = now;
    }

    /**
     * Blanks the resident's details (name, number, their words, attempt notes and staff notes) of a closed request,
     * keeping what counts need; false if they were already erased.
     */
    public boolean erasePersonalData(Instant now) {
        if (status.isOpen()) {
            throw new IllegalStateException(reference + " is still open (" + status
                    + "); personal data is erased only from closed requests.");
        }
        if (personalDataErasedAt != null) {
            return false;
        }
        resident.erase();
        attempts.forEach(CallbackAttempt::eraseNotes);
        notes.forEach(CallbackNote::eraseBody);
        personalDataErasedAt = now;
        updatedAt = now;
        return true;
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    public boolean isClaimedBy(StaffMember staff) {
        return status == CallbackStatus.CLAIMED && staff.username().equals(claimedBy);
    }

    private void requireClaimedBy(StaffMember staff, String action) {
        if (isClaimedBy(staff)) {
            return;
        }
        if (status == CallbackStatus.CLAIMED) {
            throw new IllegalStateException(
                    reference + " is claimed by " + claimedBy + "; only they can " + action + " it.");
        }
        throw new IllegalStateException(status == CallbackStatus.NEW
                ? "Claim " + reference + " before you " + action + " it."
                : reference + " is closed (" + status + "); reopen it before you " + action + " it.");
    }

    private void requireNotErased(String action) {
        if (personalDataErasedAt != null) {
            throw new IllegalStateException("The resident's details in " + reference + " were erased on "
                    + personalDataErasedAt + ", so you cannot " + action + " it. Ask them to make a new request.");
        }
    }

    private static void requireNoLongerThan(@Nullable String text, String what) {
        if (text != null && text.length() > MAX_NOTES) {
            throw new IllegalArgumentException(what + ": at most " + MAX_NOTES + " characters, not " + text.length());
        }
    }

    private void unclaim() {
        status = CallbackStatus.NEW;
        claimedBy = null;
        claimedAt = null;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String hubId() {
        return hubId;
    }

    public @Nullable String firstName() {
        return resident.firstName();
    }

    public Optional<PhoneNumber> phone() {
        return resident.phone();
    }

    /** A number to ring other than {@link #phone()} (empty: ring that one). */
    public Optional<PhoneNumber> ringPhone() {
        return resident.ringPhone();
    }

    public @Nullable Category aboutCategory() {
        return resident.aboutCategory();
    }

    public @Nullable String aboutText() {
        return resident.aboutText();
    }

    public @Nullable String aboutItemId() {
        return resident.aboutItemId();
    }

    public BestTime bestTime() {
        return resident.bestTime();
    }

    public boolean mayLeaveVoicemail() {
        return resident.mayLeaveVoicemail();
    }

    public boolean maySayHub() {
        return resident.maySayHub();
    }

    public Channel channel() {
        return channel;
    }

    public Instant consentGivenAt() {
        return consentGivenAt;
    }

    public CallbackStatus status() {
        return status;
    }

    public boolean urgent() {
        return urgent;
    }

    /** See the field; null also for a kind this version does not know. */
    public @Nullable CrisisKind crisisKind() {
        return crisisKind == null ? null : CrisisKind.fromId(crisisKind).orElse(null);
    }

    public @Nullable String claimedBy() {
        return claimedBy;
    }

    public @Nullable Instant claimedAt() {
        return claimedAt;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    /** When staff first rang (the first call attempt ever logged, even before a reopen); null if never. */
    public @Nullable Instant firstAttemptAt() {
        return firstAttemptAt;
    }

    public @Nullable Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }

    public boolean confirmationWanted() {
        return confirmationWanted;
    }

    public ConfirmationStatus confirmationStatus() {
        return confirmationStatus;
    }

    public boolean optedOut() {
        return optedOut;
    }

    public List<CallbackAttempt> attempts() {
        return Collections.unmodifiableList(attempts);
    }

    public List<CallbackNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    @Override
    public String toString() {
        return "CallbackRequest[" + reference + ", " + hubId + ", " + status + "]";
    }
}
