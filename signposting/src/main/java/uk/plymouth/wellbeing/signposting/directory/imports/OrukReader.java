package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads an Open Referral UK 3.0 API: pages through {@code /services?page=N&per_page=M} until the last page, and
 * fetches a service's details ({@code /services/{id}}, a few at once) when the list gives only its summary. A list
 * entry that says when the service last changed ({@code last_modified}) and is exactly as it was last time is not
 * read again. A page or details that cannot be read stop the read there: what was read is kept, and the feed says
 * it is incomplete.
 */
@Component
class OrukReader {

    /** Bumped when the mapping changes, so every item is taken again once. */
    private static final String MAPPING = "oruk-1\n";

    private final FeedClient client;
    private final ImportProperties properties;

    OrukReader(FeedClient client, ImportProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** One list entry, and its details (the entry itself, or on their way). */
    private record Entry(String id, @Nullable String listHash, Future<JsonNode> details) {}

    /** @param listHashes the list hashes of the items taken last time, by external id */
    Feed read(ImportSource source, LocalDate today, Map<String, String> listHashes) {
        FeedBuilder feed = new FeedBuilder();
        String services = servicesUrl(source.url());
        ExecutorService requests = Executors.newFixedThreadPool(Math.max(1, properties.parallelRequests()));
        int page = 1;
        try {
            while (true) {
                if (page > properties.maxPages()) {
                    feed.fail("the source has more than " + properties.maxPages() + " pages; the rest was not read");
                    break;
                }
                JsonNode list = client.get(pageUri(services, page));
                JsonNode contents = list.get("contents");
                if (contents == null || !contents.isArray()) {
                    throw new FeedException("page " + page + " has no list of services (\"contents\")");
                }
                List<Entry> entries = entries(contents, services, listHashes, requests, feed);
                for (Entry entry : entries) {
                    take(entry, detailsOf(entry, entries), source, today, feed);
                }
                if (isLast(list, contents, page)) {
                    break;
                }
                page++;
            }
        } catch (FeedException e) {
            feed.fail("stopped at page " + page + ": " + e.getMessage());
        } finally {
            requests.shutdownNow();
        }
        return feed.build();
    }

    private List<Entry> entries(JsonNode contents, String services, Map<String, String> listHashes,
            ExecutorService requests, FeedBuilder feed) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode summary : contents) {
            String id = ImportFields.text(summary, "id");
            if (id == null) {
                feed.skip(null, "a service without an id (\"" + ImportFields.text(summary, "name") + "\")");
                continue;
            }
            String listHash = summary.hasNonNull("last_modified") ? SourceHash.of(MAPPING + summary) : null;
            if (listHash != null && listHash.equals(listHashes.get(id))) {
                feed.unchanged(id);
            } else if (hasDetails(summary)) {
                entries.add(new Entry(id, listHash, CompletableFuture.completedFuture(summary)));
            } else {
                URI uri = URI.create(services + "/" + encode(id));
                entries.add(new Entry(id, listHash, requests.submit(() -> client.get(uri))));
            }
        }
        return entries;
    }

    private static JsonNode detailsOf(Entry entry, List<Entry> all) throws FeedException {
        try {
            return entry.details().get();
        } catch (ExecutionException e) {
            all.forEach(other -> other.details().cancel(true));
            if (e.getCause() instanceof FeedException failed) {
                throw failed;
            }
            throw new FeedException("reading service " + entry.id() + " failed (" + e.getCause() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("the import was stopped while reading service " + entry.id(), e);
        }
    }

    private static void take(Entry entry, JsonNode details, ImportSource source, LocalDate today, FeedBuilder feed) {
        if (OrukMapping.isDefunct(details)) {
            feed.removed(entry.id());
            return;
        }
        try {
            feed.add(OrukMapping.service(entry.id(), details, source.hubId(), today,
                    SourceHash.of(MAPPING + details)).withListHash(entry.listHash()));
        } catch (UnusableItemException unusable) {
            feed.skip(entry.id(), "service " + entry.id() + " " + unusable.getMessage());
        }
    }

    /** Some APIs give whole services in their lists; ours and most give summaries. */
    private static boolean hasDetails(JsonNode entry) {
        return entry.has("contacts") || entry.has("schedules") || entry.has("service_at_locations");
    }

    private static boolean isLast(JsonNode list, JsonNode contents, int page) {
        if (contents.isEmpty() || list.path("last_page").asBoolean(false)) {
            return true;
        }
        JsonNode totalPages = list.get("total_pages");
        return totalPages != null && totalPages.isNumber() && page >= totalPages.asInt();
    }

    /** The source's address may be the API's root or its {@code /services} list. */
    static String servicesUrl(String url) {
        String trimmed = url.strip();
        int query = trimmed.indexOf('?');
        String path = query < 0 ? trimmed : trimmed.substring(0, query);
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.endsWith("/services") ? path : path + "/services";
    }

    private URI pageUri(String services, int page) {
        return URI.create(services + "?page=" + page + "&per_page=" + properties.perPage());
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
