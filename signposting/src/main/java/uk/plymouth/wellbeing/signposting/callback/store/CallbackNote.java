package uk.plymouth.wellbeing.signposting.callback.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A note staff wrote on a request. Its text is erased with the resident's details; who and when are kept. */
@Entity
@Table(name = "callback_note")
public class CallbackNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 100)
    private String author = "";

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt = Instant.EPOCH;

    @Column(length = CallbackRequest.MAX_NOTES)
    private @Nullable String body;

    protected CallbackNote() {}

    CallbackNote(String author, Instant writtenAt, String body) {
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    void eraseBody() {
        body = null;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public @Nullable String body() {
        return body;
    }
}
