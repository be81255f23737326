package uk.plymouth.wellbeing.signposting.texting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/** The {@code sms_inbox} table. Callers bring the transactions. */
@Component
class InboxStore {

    /** Separates the messages of one answer in a column (the ASCII record separator, which no text holds). */
    private static final String SEPARATOR = "\u001E";
    static final int MAX_TEXT = 4000;
    private static final String STILL_CLAIMED = " and attempts = ? and status in ('RECEIVED', 'RETRY')";

    private final JdbcTemplate jdbc;

    InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredText> find(String messageId) {
        return jdbc.query("select * from sms_inbox where message_id = ?", InboxStore::row, messageId).stream()
                .findFirst();
    }

    /** Adds a text; throws {@link org.springframework.dao.DuplicateKeyException} when its id is already here. */
    void add(String messageId, String channel, @Nullable PhoneNumber phone, String body, Instant receivedAt,
            InboxStatus status, @Nullable List<String> answer, @Nullable Instant nextAttemptAt) {
        jdbc.update("insert into sms_inbox (message_id, channel, phone, body, received_at, status, answer, crisis,"
                + " attempts, next_attempt_at, answered_at) values (?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)",
                messageId, channel, phone == null ? null : phone.e164(), cut(body), ts(receivedAt), status.name(),
                joined(answer), ts(nextAttemptAt), answer == null ? null : ts(receivedAt));
    }

    /** How many texts from this number since then were (or are being) answered. */
    int processedSince(PhoneNumber phone, Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from sms_inbox where phone = ? and received_at > ? and"
                + " status not in ('RATE_LIMITED', 'NOT_UK', 'UNREADABLE_SENDER')", Integer.class, phone.e164(),
                ts(since));
        return count == null ? 0 : count;
    }

    /** Whether a text from this number in that status got a polite message since then. */
    boolean politeMessageSince(PhoneNumber phone, InboxStatus status, Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from sms_inbox where phone = ? and received_at > ? and"
                + " status = ? and answer <> ''", Integer.class, phone.e164(), ts(since), status.name());
        return count != null && count > 0;
    }

    void answered(String messageId, List<String> answer, boolean crisis, Instant at) {
        jdbc.update("update sms_inbox set status = 'ANSWERED', answer = ?, crisis = ?, attempts = attempts + 1,"
                + " next_attempt_at = null, answered_at = ? where message_id = ? and status = 'RECEIVED'",
                joined(answer), crisis, ts(at), messageId);
    }

    /** The first answer failed: the holding message went back instead, and the retrier tries again from then. */
    void deferred(String messageId, List<String> holding, Instant retryFrom) {
        jdbc.update("update sms_inbox set status = 'RETRY', answer = ?, attempts = attempts + 1, next_attempt_at = ?"
                + " where message_id = ? and status = 'RECEIVED'", joined(holding), ts(retryFrom), messageId);
    }

    /** Texts waiting to be answered whose time has come, oldest first. */
    List<StoredText> due(Instant now, int limit) {
        return jdbc.query("select * from sms_inbox where status in ('RECEIVED', 'RETRY') and next_attempt_at <= ?"
                + " order by received_at limit ?", InboxStore::row, ts(now), limit);
    }

    /**
     * Takes a due text for one more attempt, unless another instance took it first: counts the attempt and puts the
     * next one off until {@code leaseUntil}, so a crash mid-way is retried then.
     */
    boolean claim(StoredText text, Instant leaseUntil) {
        return jdbc.update("update sms_inbox set attempts = attempts + 1, next_attempt_at = ? where message_id = ?"
                + " and attempts = ? and status in ('RECEIVED', 'RETRY')", ts(leaseUntil), text.messageId(),
                text.attempts()) == 1;
    }

    /*
     * The retrier's writes hold only while its claim does: the text still waiting and its attempts as the claim left
     * them. A retrier slower than its lease, whose text another instance has since claimed, changes nothing.
     */

    /** True if the claim still held and the text is now answered. */
    boolean answeredLater(String messageId, int claimedAttempts, List<String> reply, boolean crisis, Instant at) {
        return jdbc.update("update sms_inbox set status = 'ANSWERED_LATER', sent_later = ?, crisis = ?, next_attempt_at ="
                + " null, answered_at = ? where message_id = ?" + STILL_CLAIMED, joined(reply), crisis, ts(at),
                messageId, claimedAttempts) == 1;
    }

    void retryAt(String messageId, int claimedAttempts, Instant next) {
        jdbc.update("update sms_inbox set status = 'RETRY', next_attempt_at = ? where message_id = ?" + STILL_CLAIMED,
                ts(next), messageId, claimedAttempts);
    }

    /** True if the claim still held and the text is now given up on. */
    boolean gaveUp(String messageId, int claimedAttempts, List<String> fallback, Instant at) {
        return jdbc.update("update sms_inbox set status = 'GAVE_UP', sent_later = ?, next_attempt_at = null,"
                + " answered_at = ? where message_id = ?" + STILL_CLAIMED, joined(fallback), ts(at), messageId,
                claimedAttempts) == 1;
    }

    /** Blanks the number, words and answers of texts received before then that nobody is still answering. */
    int erasePersonalData(Instant receivedBefore, Instant now) {
        return jdbc.update("update sms_inbox set phone = null, body = null, answer = null, sent_later = null,"
                + " personal_data_erased_at = ? where received_at < ? and personal_data_erased_at is null and status"
                + " not in ('RECEIVED', 'RETRY')", ts(now), ts(receivedBefore));
    }

    private static StoredText row(ResultSet rs, int rowNum) throws SQLException {
        String phone = rs.getString("phone");
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new StoredText(rs.getString("message_id"), phone == null ? null : new PhoneNumber(phone),
                rs.getString("body"), rs.getTimestamp("received_at").toInstant(),
                InboxStatus.valueOf(rs.getString("status")), split(rs.getString("answer")), rs.getInt("attempts"),
                next == null ? null : next.toInstant());
    }

    private static @Nullable String joined(@Nullable List<String> messages) {
        return messages == null ? null : cut(String.join(SEPARATOR, messages));
    }

    private static @Nullable List<String> split(@Nullable String column) {
        if (column == null) {
            return null;
        }
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR, -1));
    }

    private static String cut(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MAX_TEXT)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
