package uk.plymouth.wellbeing.signposting.callback.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code callback_text}: staff texts sent from a request (their words and delivery live in the outbox) and
 * what the resident texted back.
 */
@Component
@Transactional
public class CallbackTextStore {

    private final JdbcTemplate jdbc;

    CallbackTextStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the table: {@code outboxId} and {@code staff} for a text to the resident, {@code body} for one from. */
    public record Row(boolean fromResident, Instant at, @Nullable String staff, @Nullable UUID outboxId,
            @Nullable String body) {
        @Override
        public String toString() {
            return "Row[fromResident=" + fromResident + ", at=" + at + ", staff=" + staff + ", outboxId=" + outboxId
                    + "]";
        }
    }

    public void addToResident(UUID requestId, String staff, UUID outboxId, Instant at) {
        jdbc.update("insert into callback_text (request_id, direction, happened_at, staff, outbox_id)"
                + " values (?, 'TO', ?, ?, ?)", requestId, Timestamp.from(at), staff, outboxId);
    }

    public void addFromResident(UUID requestId, String body, Instant at) {
        jdbc.update("insert into callback_text (request_id, direction, happened_at, body) values (?, 'FROM', ?, ?)",
                requestId, Timestamp.from(at), body);
    }

    /** The request's texts, oldest first. */
    @Transactional(readOnly = true)
    public List<Row> thread(UUID requestId) {
        return jdbc.query("select direction, happened_at, staff, outbox_id, body from callback_text"
                + " where request_id = ? order by happened_at, id", (rs, n) -> new Row(
                        "FROM".equals(rs.getString(1)), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5)), requestId);
    }

    /**
     * The request whose staff last texted this number since {@code since}, if its resident's details are still
     * there: the one a text from that number most likely answers.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> lastTextedSince(String e164, Instant since) {
        List<UUID> ids = jdbc.query("select t.request_id from callback_text t join callback_request r"
                + " on r.id = t.request_id where t.direction = 'TO' and t.happened_at >= ? and r.phone = ?"
                + " and r.personal_data_erased_at is null order by t.happened_at desc, t.id desc"
                + " fetch first 1 rows only", (rs, n) -> rs.getObject(1, UUID.class), Timestamp.from(since), e164);
        return ids.stream().findFirst();
    }

    /**
     * Of these requests, those the resident texted about since the last staff text and the last call attempt: a reply
     * nobody has answered yet.
     */
    @Transactional(readOnly = true)
    public Set<UUID> textedBackUnanswered(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(requestIds.size(), "?"));
        return new HashSet<>(jdbc.query("select distinct f.request_id from callback_text f where f.request_id in ("
                + marks + ") and f.direction = 'FROM' and not exists (select 1 from callback_text t where"
                + " t.request_id = f.request_id and t.direction = 'TO' and t.happened_at >= f.happened_at)"
                + " and not exists (select 1 from callback_attempt a where a.request_id = f.request_id"
                + " and a.attempted_at >= f.happened_at)", (rs, n) -> rs.getObject(1, UUID.class),
                requestIds.toArray()));
    }

    /** Blanks what the resident texted about the request (with its other personal details). */
    public int eraseResidentWords(UUID requestId) {
        return jdbc.update("update callback_text set body = null where request_id = ? and body is not null",
                requestId);
    }
}
