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

    @Column(name = "file_hash", length = 64)
    private @Nullable String fileHash;

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

    /** A row first written by a load of the content files. */
    protected StoredItem(String id, ItemJson json, Instant now, boolean fromFiles) {
        this(id, json, now);
        this.fileHash = fromFiles ? json.hash() : null;
    }

    /**
     * Takes the content files' record for this id only if the files changed it since they last gave it: an edit
     * made in the app since then is kept.
     */
    Change takeFromFiles(ItemJson json, Instant now) {
        if (json.hash().equals(fileHash)) {
            return Change.UNCHANGED;
        }
        fileHash = json.hash();
        return takeContent(json, now);
    }

    /** The files no longer give this item: archive it if it came from them; items made in the app stay. */
    boolean droppedFromFiles(Instant now) {
        if (fileHash == null) {
            return false;
        }
        fileHash = null;
        return archive(now);
    }

    /** Whether a load of the files without this item would take it off the directory. */
    boolean liveFromFiles() {
        return fileHash != null && archivedAt == null;
    }

    /** Makes a version published in the app live (or archived). */
    void publish(ItemJson json, boolean archived, Instant now) {
        this.details = json.text();
        this.contentHash = json.hash();
        this.archivedAt = archived ? now : null;
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

    Instant updatedAt() {
        return updatedAt;
    }
}
