package uk.plymouth.wellbeing.signposting.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackAttempt;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackNote;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackRequest;
import uk.plymouth.wellbeing.signposting.callback.store.DueTime;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/** The request's life, transition by transition, and every rule that guards one. No Spring, no database. */
class CallbackRequestTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final DueTime EIGHT_OR_TWO_HOURS = (hub, at, urgent) -> at.plus(Duration.ofHours(urgent ? 2 : 8));
    static final int MAX_FAILED = 3;

    final StaffMember sam = StaffMember.at("sam", "four-greens");
    final StaffMember jo = StaffMember.at("jo", "four-greens");
    final StaffMember admin = StaffMember.admin("ada");
    final CallbackRequest request = newRequest();

    static CallbackRequest newRequest() {
        NewCallback details = NewCallback.at("four-greens", "07700 900123", Channel.KIOSK).withFirstName("Sam")
                .withAbout(Category.ADVICE, "Help with rent arrears").withBestTime(BestTime.MORNING)
                .withPermissions(true, false).withConsent(true).withConfirmation(true);
        return CallbackRequest.create(UUID.randomUUID(), "PLY-4K7Q", details, PhoneNumber.parseUk(details.phone()),
                T0, EIGHT_OR_TWO_HOURS);
    }

    static Instant later(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aNewRequestIsNewUnclaimedAndDueByTheNormalTarget() {
        assertThat(request.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(request.claimedBy()).isNull();
        assertThat(request.urgent()).isFalse();
        assertThat(request.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
        assertThat(request.consentGivenAt()).isEqualTo(T0);
        assertThat(request.phone()).contains(new PhoneNumber("+447700900123"));
        assertThat(request.aboutCategory()).isEqualTo(Category.ADVICE);
        assertThat(request.confirmationStatus()).isEqualTo(ConfirmationStatus.PENDING);
        assertThat(request.isOverdue(later(8 * 60))).isFalse();
        assertThat(request.isOverdue(later(8 * 60 + 1))).isTrue();
    }

    @Test
    void refusesARequestWithoutConsent() {
        NewCallback unconsented = NewCallback.at("four-greens", "07700 900123", Channel.KIOSK);
        assertThatThrownBy(() -> CallbackRequest.create(UUID.randomUUID(), "PLY-AAAA", unconsented,
                PhoneNumber.parseUk("07700 900123"), T0, EIGHT_OR_TWO_HOURS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("consent");
    }

    @Test
    void claimingANewRequestMakesItTheClaimersOwn() {
        assertThat(request.claim(sam, later(5))).isTrue();
        assertThat(request.status()).isEqualTo(CallbackStatus.CLAIMED);
        assertThat(request.claimedBy()).isEqualTo("sam");
        assertThat(request.claimedAt()).isEqualTo(later(5));
        assertThat(request.updatedAt()).isEqualTo(later(5));
        assertThat(request.isClaimedBy(sam)).isTrue();
    }

    @Test
    void claimingYourOwnClaimAgainChangesNothing() {
        request.claim(sam, later(5));
        assertThat(request.claim(sam, later(9))).isFalse();
        assertThat(request.claimedAt()).isEqualTo(later(5));
    }

    @Test
    void rejectsAClaimOnSomeoneElsesClaim() {
        request.claim(sam, later(5));
        assertThatThrownBy(() -> request.claim(jo, later(6))).isInstanceOf(AlreadyClaimedException.class)
                .isInstanceOf(IllegalStateException.class).hasMessage("Someone else has just claimed this request.");
        assertThat(request.claimedBy()).isEqualTo("sam");
    }

    @Test
    void rejectsAClaimOnAClosedRequest() {
        request.claim(sam, later(5));
        request.complete(sam, null, later(10));
        assertThatThrownBy(() -> request.claim(jo, later(11))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is closed (DONE); reopen it before claiming it.");
    }

    @Test
    void theClaimerOrAnAdminCanReleaseAClaim() {
        request.claim(sam, later(5));
        request.release(sam, later(6));
        assertThat(request.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(request.claimedBy()).isNull();
        assertThat(request.claimedAt()).isNull();

        request.claim(jo, later(7));
        request.release(admin, later(8));
        assertThat(request.status()).isEqualTo(CallbackStatus.NEW);
    }

    @Test
    void rejectsAReleaseBySomeoneElseOrOfAnUnclaimedRequest() {
        assertThatThrownBy(() -> request.release(sam, later(1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is not claimed (NEW); there is nothing to release.");
        request.claim(sam, later(5));
        assertThatThrownBy(() -> request.release(jo, later(6))).isInstanceOf(IllegalStateException.class)
                .hasMessage("Only sam, who claimed PLY-4K7Q, or an admin can release it.");
        assertThat(request.claimedBy()).isEqualTo("sam");
    }

    @Test
    void onlyTheClaimerLogsAttemptsAndOnlyWhileClaimed() {
        assertThatThrownBy(() -> request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(1), MAX_FAILED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Claim PLY-4K7Q before you log a call attempt on it.");
        request.claim(sam, later(5));
        assertThatThrownBy(() -> request.logAttempt(jo, AttemptOutcome.NO_ANSWER, null, later(6), MAX_FAILED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is claimed by sam; only they can log a call attempt on it.");
        assertThat(request.attempts()).isEmpty();
    }

    @Test
    void aReachedAttemptIsRecordedButNotCountedAsFailed() {
        request.claim(sam, later(5));
        request.logAttempt(sam, AttemptOutcome.REACHED, "Spoke to them, booking debt advice", later(6), MAX_FAILED);
        assertThat(request.failedAttempts()).isZero();
        assertThat(request.status()).isEqualTo(CallbackStatus.CLAIMED);
        CallbackAttempt attempt = request.attempts().get(0);
        assertThat(attempt.staff()).isEqualTo("sam");
        assertThat(attempt.attemptedAt()).isEqualTo(later(6));
        assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REACHED);
        assertThat(attempt.notes()).isEqualTo("Spoke to them, booking debt advice");
    }

    @Test
    void theThirdFailedAttemptClosesTheRequestAsUnableToContact() {
        request.claim(sam, later(5));
        request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(6), MAX_FAILED);
        request.logAttempt(sam, AttemptOutcome.REACHED, "Bad line, will ring back", later(7), MAX_FAILED);
        request.logAttempt(sam, AttemptOutcome.VOICEMAIL_LEFT, null, later(8), MAX_FAILED);
        assertThat(request.status()).isEqualTo(CallbackStatus.CLAIMED);
        assertThat(request.failedAttempts()).isEqualTo(2);

        request.logAttempt(sam, AttemptOutcome.DECLINED, null, later(9), MAX_FAILED);

        assertThat(request.status()).isEqualTo(CallbackStatus.UNABLE_TO_CONTACT);
        assertThat(request.failedAttempts()).isEqualTo(3);
        assertThat(request.closedAt()).isEqualTo(later(9));
        assertThat(request.attempts()).extracting(CallbackAttempt::outcome).containsExactly(AttemptOutcome.NO_ANSWER,
                AttemptOutcome.REACHED, AttemptOutcome.VOICEMAIL_LEFT, AttemptOutcome.DECLINED);
        assertThatThrownBy(() -> request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(10), MAX_FAILED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is closed (UNABLE_TO_CONTACT); reopen it before you log a call attempt on it.");
    }

    @Test
    void theNumberOfFailedAttemptsAllowedIsASetting() {
        request.claim(sam, later(5));
        request.logAttempt(sam, AttemptOutcome.WRONG_NUMBER, null, later(6), 1);
        assertThat(request.status()).isEqualTo(CallbackStatus.UNABLE_TO_CONTACT);
    }

    @Test
    void theClaimerCompletesWithNotes() {
        request.claim(sam, later(5));
        request.complete(sam, "Booked in with the money adviser on Thursday", later(20));
        assertThat(request.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(request.closedAt()).isEqualTo(later(20));
        assertThat(request.claimedBy()).isEqualTo("sam");
        assertThat(request.notes()).extracting(CallbackNote::author, CallbackNote::body)
                .containsExactly(tuple("sam",
                        "Booked in with the money adviser on Thursday"));
        assertThat(request.isOverdue(later(100 * 60))).isFalse();
    }

    @Test
    void rejectsCompletingAnUnclaimedOrSomeoneElsesRequest() {
        assertThatThrownBy(() -> request.complete(sam, null, later(1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("Claim PLY-4K7Q before you complete it.");
        request.claim(sam, later(5));
        assertThatThrownBy(() -> request.complete(jo, null, later(6))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is claimed by sam; only they can complete it.");
        assertThatThrownBy(() -> request.complete(sam, "x".repeat(2001), later(6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("notes: at most 2000 characters, not 2001");
        assertThat(request.status()).isEqualTo(CallbackStatus.CLAIMED);
    }

    @Test
    void reopeningPutsAClosedRequestBackUnclaimedWithAFreshCount() {
        assertThat(request.firstAttemptAt()).isNull();
        request.claim(sam, later(5));
        request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(6), MAX_FAILED);
        assertThat(request.firstAttemptAt()).isEqualTo(later(6));
        request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(7), MAX_FAILED);
        request.logAttempt(sam, AttemptOutcome.NO_ANSWER, null, later(8), MAX_FAILED);

        request.reopen(later(60));

        assertThat(request.status()).isEqualTo(CallbackStatus.NEW);
        assertThat(request.claimedBy()).isNull();
        assertThat(request.claimedAt()).isNull();
        assertThat(request.closedAt()).isNull();
        assertThat(request.failedAttempts()).isZero();
        assertThat(request.attempts()).hasSize(3);
        request.claim(jo, later(61));
        request.logAttempt(jo, AttemptOutcome.NO_ANSWER, null, later(62), MAX_FAILED);
        assertThat(request.status()).isEqualTo(CallbackStatus.CLAIMED);
        // the first call ever, not the first since reopening
        assertThat(request.firstAttemptAt()).isEqualTo(later(6));
    }

    @Test
    void rejectsReopeningAnOpenRequest() {
        assertThatThrownBy(() -> request.reopen(later(1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is still open (NEW); only done or unable-to-contact requests can be reopened.");
        request.claim(sam, later(5));
        assertThatThrownBy(() -> request.reopen(later(6))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still open (CLAIMED)");
    }

    @Test
    void markingUrgentWorksTheDueTimeOutAgainFromWhenItWasMade() {
        assertThat(request.markUrgent(true, later(30), EIGHT_OR_TWO_HOURS)).isTrue();
        assertThat(request.urgent()).isTrue();
        assertThat(request.dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(request.markUrgent(true, later(31), EIGHT_OR_TWO_HOURS)).isFalse();

        assertThat(request.markUrgent(false, later(40), EIGHT_OR_TWO_HOURS)).isTrue();
        assertThat(request.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
    }

    @Test
    void rejectsMarkingAClosedRequestUrgent() {
        request.claim(sam, later(5));
        request.complete(sam, null, later(6));
        assertThatThrownBy(() -> request.markUrgent(true, later(7), EIGHT_OR_TWO_HOURS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is closed (DONE); only open requests can be marked urgent or not urgent.");
        assertThat(request.urgent()).isFalse();
    }

    @Test
    void anyoneCanAddANoteButNotAnEmptyOrOverlongOne() {
        request.addNote(jo, "Resident rang the desk: mornings only", later(3));
        assertThat(request.notes()).extracting(CallbackNote::author).containsExactly("jo");
        assertThatThrownBy(() -> request.addNote(jo, "  ", later(4))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note: a note needs some text");
        assertThatThrownBy(() -> request.addNote(jo, "x".repeat(2001), later(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("note: at most 2000");
    }

    @Test
    void erasingBlanksTheResidentsDetailsOfAClosedRequestOnly() {
        assertThatThrownBy(() -> request.erasePersonalData(later(1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLY-4K7Q is still open (NEW); personal data is erased only from closed requests.");
        request.addNote(jo, "Mentioned their landlord by name", later(2));
        request.claim(sam, later(5));
        request.logAttempt(sam, AttemptOutcome.REACHED, "Talked about the rent", later(6), MAX_FAILED);
        request.complete(sam, "Referred", later(7));

        assertThat(request.erasePersonalData(later(100))).isTrue();

        assertThat(request.firstName()).isNull();
        assertThat(request.phone()).isEmpty();
        assertThat(request.aboutText()).isNull();
        assertThat(request.attempts()).extracting(CallbackAttempt::notes).containsOnlyNulls();
        assertThat(request.notes()).extracting(CallbackNote::body).containsOnlyNulls();
        assertThat(request.personalDataErasedAt()).isEqualTo(later(100));
        // what counts need stays
        assertThat(request.firstAttemptAt()).isEqualTo(later(6));
        assertThat(request.aboutCategory()).isEqualTo(Category.ADVICE);
        assertThat(request.attempts()).extracting(CallbackAttempt::outcome).containsExactly(AttemptOutcome.REACHED);
        assertThat(request.notes()).extracting(CallbackNote::author).containsExactly("jo", "sam");
        assertThat(request.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(request.erasePersonalData(later(200))).isFalse();
        assertThat(request.personalDataErasedAt()).isEqualTo(later(100));
    }

    @Test
    void anErasedRequestCannotBeReopenedOrAnnotated() {
        request.claim(sam, later(5));
        request.complete(sam, null, later(6));
        request.erasePersonalData(later(100));
        assertThatThrownBy(() -> request.reopen(later(101))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The resident's details in PLY-4K7Q were erased on")
                .hasMessageEndingWith("so you cannot reopen it. Ask them to make a new request.");
        assertThatThrownBy(() -> request.addNote(sam, "Rang back", later(102)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot add a note to it");
    }

    // --- the resident's own changes by text -----------------------------------------------------------------

    @Test
    void aNumberToRingIsKeptBesideTheOneItCameFromAndErasedWithIt() {
        NewCallback details = NewCallback.at("four-greens", "07700 900123", Channel.SMS).withConsent(true)
                .withRingPhone("01752 668000");
        CallbackRequest landline = CallbackRequest.create(UUID.randomUUID(), "PLY-4K7R", details,
                PhoneNumber.parseUk(details.phone()), T0, EIGHT_OR_TWO_HOURS);
        assertThat(landline.phone()).contains(new PhoneNumber("+447700900123"));
        assertThat(landline.ringPhone()).contains(new PhoneNumber("+441752668000"));
        assertThat(details.toString()).doesNotContain("668000");
        landline.cancelByResident(later(5));
        landline.erasePersonalData(later(10));
        assertThat(landline.ringPhone()).isEmpty();
    }

    @Test
    void theResidentCancellingClosesItWithANoteForStaff() {
        request.cancelByResident(later(5));
        assertThat(request.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(request.closedAt()).isEqualTo(later(5));
        assertThat(request.notes()).anySatisfy(note -> assertThat(note.body()).isEqualTo(
                "Cancelled by the resident by text."));
        assertThatThrownBy(() -> request.cancelByResident(later(6))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void theResidentChangesTheTimeOrTheNumberToRingWithANoteSayingWhat() {
        request.changeBestTimeByResident(BestTime.EVENING, later(1));
        assertThat(request.bestTime()).isEqualTo(BestTime.EVENING);
        request.ringOnByResident(PhoneNumber.parseUk("01752 668000"), later(2));
        assertThat(request.ringPhone()).contains(new PhoneNumber("+441752668000"));
        assertThat(request.notes()).extracting(note -> note.body()).containsExactly(
                "The resident asked by text to be rung in the evening instead (was in the morning).",
                "The resident asked by text to be rung on 01752 668000 instead.");
        request.ringOnByResident(PhoneNumber.parseUk("07700 900123"), later(3));
        assertThat(request.ringPhone()).as("their own number again: ring that").isEmpty();
    }
}
