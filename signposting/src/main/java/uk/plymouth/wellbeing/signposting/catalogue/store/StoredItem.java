package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A directory row: a checked record kept as JSON, with its hash so unchanged content is left alone. */
@MappedSuperclass
abstract class StoredItem {

    enum Change {
        ADDED,
        UPDATED,
        RESTORED,
        UNCHANGED
    }

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 100000)
    private String details;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredItem() {
        // for JPA
        this.id = "";
        this.details = "";
        this.contentHash = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    protected StoredItem(String id, ItemJson json, Instant now) {
        this.id = id;
        this.details = json.text();
        this.contentHash = json.hash();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the latest content for this id; says what changed. */
    Change takeContent(ItemJson json, Instant now) {
        boolean wasArchived = archivedAt != null;
        if (!wasArchived && contentHash.equals(json.hash())) {
            return Change.UNCHANGED;
        }
        this.details = json.text();
        this.contentHash = json.hash();
        this.archivedAt = null;
        this.updatedAt = now;
        return wasArchived ? Change.RESTORED : Change.UPDATED;
    }

    /** Hides a row whose record left the content files; true if it was live until now. */
    boolean archive(Instant now) {
        if (archivedAt != null) {
            return false;
        }
        archivedAt = now;
        updatedAt = now;
        return true;
    }

    String id() {
        return id;
    }

    String details() {
        return details;
    }

    boolean isArchived() {
        return archivedAt != null;
    }

    @Nullable
    Instant archivedAt() {
        return archivedAt;
    }
}
