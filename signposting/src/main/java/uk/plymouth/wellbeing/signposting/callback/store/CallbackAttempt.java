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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.callback.AttemptOutcome;

/** One call staff made to the resident: who, when, what happened and their notes. Part of a {@link CallbackRequest}. */
@Entity
@Table(name = "callback_attempt")
public class CallbackAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 100)
    private String staff = "";

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttemptOutcome outcome = AttemptOutcome.NO_ANSWER;

    @Column(length = CallbackRequest.MAX_NOTES)
    private @Nullable String notes;

    protected CallbackAttempt() {}

    CallbackAttempt(String staff, Instant attemptedAt, AttemptOutcome outcome, @Nullable String notes) {
        this.staff = staff;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.notes = notes;
    }

    void eraseNotes() {
        notes = null;
    }

    public String staff() {
        return staff;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public AttemptOutcome outcome() {
        return outcome;
    }

    public @Nullable String notes() {
        return notes;
    }
}
