package uk.plymouth.wellbeing.signposting.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How {@link OutboxStore} reads and writes the columns of {@code sms_outbox}: times in UTC, rows as records. */
final class OutboxRows {

    private OutboxRows() {
    }

    static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), TextPurpose.valueOf(rs.getString("purpose")),
                DeliveryState.valueOf(rs.getString("state")), instant(rs, "created_at"), instantOrNull(rs, "sent_at"),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getString("body"));
    }

    static OutboxStore.Claimed claimed(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new OutboxStore.Claimed(rs.getObject("id", UUID.class), phone == null ? null : new PhoneNumber(phone),
                rs.getString("body"), TextPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("callback_id", UUID.class), rs.getInt("attempts"), instant(rs, "give_up_at"),
                instantOrNull(rs, "send_started_at"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
