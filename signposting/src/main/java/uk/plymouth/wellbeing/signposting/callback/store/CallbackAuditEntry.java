package uk.plymouth.wellbeing.signposting.callback.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AuditAction;
import uk.plymouth.wellbeing.signposting.callback.AuditRecord;

/** Who looked at or changed which request, when, and how: never the resident's details. Rows are never changed. */
@Entity
@Table(name = "callback_audit")
class CallbackAuditEntry {

    static final int MAX_DETAIL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId = new UUID(0, 0);

    @Column(nullable = false, length = 100, updatable = false)
    private String actor = "";

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30, updatable = false)
    private AuditAction action = AuditAction.VIEWED;

    @Column(length = MAX_DETAIL, updatable = false)
    private @Nullable String detail;

    protected CallbackAuditEntry() {}

    CallbackAuditEntry(UUID requestId, String actor, Instant happenedAt, AuditAction action, @Nullable String detail) {
        this.requestId = requestId;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.action = action;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    AuditRecord toRecord() {
        return new AuditRecord(actor, happenedAt, action, detail);
    }
}
