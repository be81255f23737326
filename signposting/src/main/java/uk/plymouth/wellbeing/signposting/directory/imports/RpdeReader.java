package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads an OpenActive RPDE feed from its first page, following {@code next} links to the end (a page with no items
 * whose {@code next} is itself). SessionSeries become activities; ScheduledSession items give a series its times
 * when it has no {@code eventSchedule}; {@code state: deleted} items are removed. Each run reads the whole feed.
 */
@Component
class RpdeReader {

    private static final String MAPPING = "openactive-1\n";

    private final FeedClient client;
    private final ImportProperties properties;

    RpdeReader(FeedClient client, ImportProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** The feed's latest word on each series and session, by RPDE id. */
    private static final class Entries {
        final Map<String, JsonNode> series = new LinkedHashMap<>();
        final Map<String, JsonNode> sessions = new LinkedHashMap<>();
        final List<String> deletedSeries = new ArrayList<>();
    }

    Feed read(ImportSource source, LocalDate today) {
        FeedBuilder feed = new FeedBuilder();
        Entries entries = new Entries();
        URI page = URI.create(source.url().strip());
        int number = 1;
        try {
            while (true) {
                if (number > properties.maxPages()) {
                    feed.fail("the feed has more than " + properties.maxPages() + " pages; the rest was not read");
                    break;
                }
                JsonNode body = client.get(page);
                JsonNode items = body.get("items");
                String next = ImportFields.text(body, "next");
                if (items == null || !items.isArray() || next == null) {
                    throw new FeedException("page " + number + " is not an RPDE page (it needs \"items\" and "
                            + "\"next\")");
                }
                items.forEach(item -> take(item, entries, feed));
                URI nextPage = page.resolve(next);
                if (items.isEmpty() || nextPage.equals(page)) {
                    break;
                }
                page = nextPage;
                number++;
            }
        } catch (FeedException e) {
            feed.fail("stopped at page " + number + ": " + e.getMessage());
        }
        entries.deletedSeries.forEach(feed::removed);
        Map<String, List<JsonNode>> sessions = sessionsByParent(entries);
        entries.series.forEach((id, data) -> map(id, data,
                sessions.getOrDefault(String.valueOf(ImportFields.text(data, "@id")), List.of()), source, today,
                feed));
        return feed.build();
    }

    private static void take(JsonNode item, Entries entries, FeedBuilder feed) {
        String id = ImportFields.text(item, "id");
        String kind = String.valueOf(ImportFields.text(item, "kind"));
        boolean deleted = "deleted".equals(ImportFields.text(item, "state"));
        if (id == null) {
            feed.skip(null, "an item of kind " + kind + " without an id");
        } else if (kind.endsWith("SessionSeries")) {
            entries.deletedSeries.remove(id);
            entries.series.remove(id);
            if (deleted) {
                entries.deletedSeries.add(id);
            } else {
                entries.series.put(id, item.path("data"));
            }
        } else if (kind.endsWith("ScheduledSession")) {
            entries.sessions.remove(id);
            if (!deleted) {
                entries.sessions.put(id, item.path("data"));
            }
        }
    }

    private static void map(String id, JsonNode data, List<JsonNode> sessions, ImportSource source,
            LocalDate today, FeedBuilder feed) {
        String hash = SourceHash.of(MAPPING + data + (!data.path("eventSchedule").isEmpty() ? ""
                : OpenActiveSchedules.fromSessions(sessions).map(Object::toString).orElse("")));
        try {
            OpenActiveMapping.activities(id, data, sessions, source.hubId(), today, hash).forEach(feed::add);
        } catch (UnusableItemException unusable) {
            feed.skip(id, "session series " + id + " " + unusable.getMessage());
        }
    }

    /** The sessions of each series, by the series' {@code @id} (a session's {@code superEvent}, or its id). */
    private static Map<String, List<JsonNode>> sessionsByParent(Entries entries) {
        Map<String, List<JsonNode>> byParent = new LinkedHashMap<>();
        for (JsonNode session : entries.sessions.values()) {
            JsonNode superEvent = session.path("superEvent");
            String parent = superEvent.isTextual() ? superEvent.asText() : ImportFields.text(superEvent, "@id");
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(session);
            }
        }
        return byParent;
    }
}
