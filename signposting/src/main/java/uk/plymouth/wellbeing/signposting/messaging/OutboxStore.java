package uk.plymouth.wellbeing.signposting.messaging;

import static uk.plymouth.wellbeing.signposting.messaging.OutboxRows.at;
import static uk.plymouth.wellbeing.signposting.messaging.OutboxRows.instantOrNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code sms_outbox} table (V6). Every method runs in the caller's transaction; the {@link Outbox} and the
 * {@link OutboxWorker} decide where transactions begin and end. Results of an attempt are written only while the
 * attempt's claim token is still on the row.
 */
@Component
class OutboxStore {

    static final int MAX_ERROR = 200;
    private static final String ENTRY = "id, purpose, state, created_at, sent_at, attempts, last_error, body";
    private static final String COLUMNS =
            "id, phone, body, purpose, callback_id, attempts, give_up_at, send_started_at";

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A text a worker has claimed: its lease is on the row until it records what happened. {@code sendStartedAt} is
     * set when an earlier send of it began and its outcome was never recorded.
     */
    record Claimed(UUID id, @Nullable PhoneNumber to, @Nullable String body, TextPurpose purpose,
            @Nullable UUID callbackId, int attempts, Instant giveUpAt, @Nullable Instant sendStartedAt) {

        @Override
        public String toString() {
            return "Claimed[id=" + id + ", purpose=" + purpose + ", attempts=" + attempts + "]";
        }
    }

    void add(UUID id, OutgoingText text, Instant now, Instant giveUpAt) {
        jdbc.update("insert into sms_outbox (id, phone, body, purpose, callback_id, state, attempts, next_attempt_at,"
                + " give_up_at, created_at, updated_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)", id,
                text.to().e164(), text.body(), text.purpose().name(), text.callbackId(), at(now), at(giveUpAt),
                at(now), at(now));
    }

    /**
     * Claims up to {@code limit} due texts, oldest due first: rows other workers hold locked are skipped, and the
     * claim itself only takes rows still PENDING and due, so a row is never claimed twice at once even where SKIP
     * LOCKED skips less than it might (H2).
     */
    List<Claimed> claimDue(Instant now, int limit, UUID token, Instant leaseEnds) {
        List<UUID> due = jdbc.queryForList("select id from sms_outbox where state = 'PENDING' and next_attempt_at <= ?"
                + " order by next_attempt_at limit ? for update skip locked", UUID.class, at(now), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(token, at(now), at(leaseEnds), at(now)));
        arguments.addAll(due);
        arguments.add(at(now));
        jdbc.update("update sms_outbox set claim_token = ?, claimed_at = ?, next_attempt_at = ?, updated_at = ?,"
                + " attempts = attempts + 1 where id in (" + String.join(", ", Collections.nCopies(due.size(), "?"))
                + ") and state = 'PENDING' and next_attempt_at <= ?", arguments.toArray());
        return jdbc.query("select " + COLUMNS + " from sms_outbox where claim_token = ? and state = 'PENDING'"
                + " order by created_at", OutboxRows::claimed, token);
    }

    /** How many texts wait (PENDING) and since when the oldest; one index-assisted read of the waiting rows. */
    OutboxBacklog backlog() {
        return jdbc.query("select count(*) as pending, min(created_at) as oldest from sms_outbox"
                + " where state = 'PENDING'", rs -> {
                    rs.next();
                    return new OutboxBacklog(rs.getLong("pending"), instantOrNull(rs, "oldest"));
                });
    }

    /** Claims one text if it is still PENDING and due. */
    Optional<Claimed> claim(UUID id, Instant now, UUID token, Instant leaseEnds) {
        int claimed = jdbc.update("update sms_outbox set claim_token = ?, claimed_at = ?, next_attempt_at = ?,"
                + " updated_at = ?, attempts = attempts + 1 where id = ? and state = 'PENDING' and next_attempt_at <= ?",
                token, at(now), at(leaseEnds), at(now), id, at(now));
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from sms_outbox where id = ? and claim_token = ?",
                OutboxRows::claimed, id, token).stream().findFirst();
    }

    /** A send is about to begin (committed before the carrier is called); false if the claim is no longer ours. */
    boolean recordSendStarted(UUID id, UUID token, Instant now) {
        return jdbc.update("update sms_outbox set send_started_at = ?, updated_at = ? where id = ? and claim_token = ?"
                + " and state = 'PENDING'", at(now), at(now), id, token) == 1;
    }

    /** The carrier took it: keeps its id, so delivery reports find it and no later claim sends it again. */
    boolean recordTaken(UUID id, UUID token, @Nullable String providerMessageId, Instant now) {
        return jdbc.update("update sms_outbox set state = 'QUEUED', provider_message_id = ?, sent_at = ?,"
                + " updated_at = ?, last_error = null, claim_token = null, send_started_at = null where id = ?"
                + " and claim_token = ?", providerMessageId, at(now), at(now), id, token) == 1;
    }

    /**
     * It failed in a way that may pass: try again at {@code nextAttempt}. {@code sendSettled}: the carrier's answer
     * says it did not take the text (else an interrupted send stays marked, and the next attempt asks first).
     */
    boolean recordRetry(UUID id, UUID token, Instant nextAttempt, String error, boolean sendSettled, Instant now) {
        return jdbc.update("update sms_outbox set next_attempt_at = ?, last_error = ?, updated_at = ?,"
                + " claim_token = null" + (sendSettled ? ", send_started_at = null" : "")
                + " where id = ? and claim_token = ? and state = 'PENDING'", at(nextAttempt), cut(error), at(now), id,
                token) == 1;
    }

    /** Which of these carrier ids other texts already hold. */
    List<String> knownProviderIds(List<String> providerMessageIds) {
        if (providerMessageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select provider_message_id from sms_outbox where provider_message_id in ("
                + String.join(", ", Collections.nCopies(providerMessageIds.size(), "?")) + ")", String.class,
                providerMessageIds.toArray());
    }

    /** No more attempts: FAILED or SUPPRESSED. */
    boolean recordFinal(UUID id, UUID token, DeliveryState state, @Nullable String error, Instant now) {
        return jdbc.update("update sms_outbox set state = ?, last_error = ?, updated_at = ?, claim_token = null,"
                + " send_started_at = null where id = ? and claim_token = ? and state = 'PENDING'", state.name(),
                error == null ? null : cut(error), at(now), id, token) == 1;
    }

    /** Gives a claimed text back without an attempt (its lease was about to run out before its turn). */
    boolean release(UUID id, UUID token, Instant now) {
        return jdbc.update("update sms_outbox set next_attempt_at = ?, attempts = attempts - 1, updated_at = ?,"
                + " claim_token = null where id = ? and claim_token = ? and state = 'PENDING'", at(now), at(now), id,
                token) == 1;
    }

    /** What a delivery report is about. */
    record Reported(UUID id, TextPurpose purpose, @Nullable UUID callbackId, DeliveryState state) {}

    Optional<Reported> byProviderId(String providerMessageId) {
        return jdbc.query("select id, purpose, callback_id, state from sms_outbox where provider_message_id = ?",
                (rs, row) -> new Reported(rs.getObject("id", UUID.class), TextPurpose.valueOf(rs.getString("purpose")),
                        rs.getObject("callback_id", UUID.class), DeliveryState.valueOf(rs.getString("state"))),
                providerMessageId).stream().findFirst();
    }

    /** Moves a text the carrier took to {@code state}, only from one of {@code from}; true if it moved. */
    boolean advance(String providerMessageId, DeliveryState state, List<DeliveryState> from, @Nullable String error,
            Instant now) {
        if (from.isEmpty()) {
            return false;
        }
        List<Object> arguments = new ArrayList<>(List.of(state.name()));
        arguments.add(error == null ? null : cut(error));
        arguments.add(at(now));
        arguments.add(providerMessageId);
        from.forEach(earlier -> arguments.add(earlier.name()));
        return jdbc.update("update sms_outbox set state = ?, last_error = coalesce(?, last_error), updated_at = ?"
                + " where provider_message_id = ? and state in ("
                + String.join(", ", Collections.nCopies(from.size(), "?")) + ")", arguments.toArray()) == 1;
    }

    /** Blanks the number and body of texts finished before {@code before}; how many it blanked. */
    int erasePersonalData(Instant before) {
        return jdbc.update("update sms_outbox set phone = null, body = null where state <> 'PENDING' and updated_at < ?"
                + " and (phone is not null or body is not null)", at(before));
    }

    Optional<PhoneNumber> phoneOf(UUID id) {
        return jdbc.queryForList("select phone from sms_outbox where id = ? and phone is not null", String.class, id)
                .stream().findFirst().map(PhoneNumber::new);
    }

    List<OutboxEntry> forCallback(UUID callbackId) {
        return jdbc.query("select " + ENTRY + " from sms_outbox where callback_id = ? order by created_at, id",
                OutboxRows::entry, callbackId);
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.query("select " + ENTRY + " from sms_outbox where id = ?", OutboxRows::entry, id).stream()
                .findFirst();
    }

    static String cut(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
