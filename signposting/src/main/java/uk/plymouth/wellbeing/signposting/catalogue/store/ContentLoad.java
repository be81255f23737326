package uk.plymouth.wellbeing.signposting.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A record of one attempt to load the content files: what changed, or why they were refused. */
@Entity
@Table(name = "content_load")
class ContentLoad {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.EPOCH;

    @Column(nullable = false, length = 300)
    private String source = "";

    @Column(nullable = false, length = 20)
    private String outcome = "";

    private int hubs;
    private int services;
    private int activities;
    private int added;
    private int updated;
    private int archived;
    private int restored;

    @Column(length = 4000)
    private @Nullable String problems;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected ContentLoad() {}

    static ContentLoad loaded(Instant startedAt, String source, SyncReport report, Duration took) {
        ContentLoad load = new ContentLoad();
        load.startedAt = startedAt;
        load.source = clip(source, 300);
        load.outcome = "LOADED";
        load.hubs = report.hubs();
        load.services = report.services();
        load.activities = report.activities();
        load.added = report.added();
        load.updated = report.updated();
        load.archived = report.archived();
        load.restored = report.restored();
        load.durationMs = took.toMillis();
        return load;
    }

    static ContentLoad refused(Instant startedAt, String source, String problems, Duration took) {
        ContentLoad load = new ContentLoad();
        load.startedAt = startedAt;
        load.source = clip(source, 300);
        load.outcome = "REFUSED";
        load.problems = clip(problems, 4000);
        load.durationMs = took.toMillis();
        return load;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    String source() {
        return source;
    }
}
