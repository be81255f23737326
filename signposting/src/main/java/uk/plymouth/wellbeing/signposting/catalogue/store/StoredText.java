package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Supporting content (postcode districts, synonyms) from the last good load. */
@Entity
@Table(name = "content_text")
class StoredText {

    @Id
    @Column(length = 40)
    private String name = "";

    @Column(nullable = false, length = 1000000)
    private String body = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected StoredText() {}

    StoredText(String name) {
        this.name = name;
    }

    /** True if the body changed. */
    boolean replace(String body, Instant now) {
        if (this.body.equals(body)) {
            return false;
        }
        this.body = body;
        this.updatedAt = now;
        return true;
    }

    String body() {
        return body;
    }
}
