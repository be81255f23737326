package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Reads an Open Referral UK 3.0 API: pages through {@code /services?page=N&per_page=M} until the last page, and
 * fetches a service's details ({@code /services/{id}}) when the list gives only its summary. A page or details that
 * cannot be read stop the read there: what was read is kept, and the feed says it is incomplete.
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

    Feed read(ImportSource source, LocalDate today) {
        FeedBuilder feed = new FeedBuilder();
        String services = servicesUrl(source.url());
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
                for (JsonNode entry : contents) {
                    take(entry, services, source, today, feed);
                }
                if (isLast(list, contents, page)) {
                    break;
                }
                page++;
            }
        } catch (FeedException e) {
            feed.fail("stopped at page " + page + ": " + e.getMessage());
        }
        return feed.build();
    }

    private void take(JsonNode entry, String services, ImportSource source, LocalDate today, FeedBuilder feed)
            throws FeedException {
        String id = ImportFields.text(entry, "id");
        if (id == null) {
            feed.skip(null, "a service without an id (\"" + ImportFields.text(entry, "name") + "\")");
            return;
        }
        JsonNode details = hasDetails(entry) ? entry : client.get(URI.create(services + "/" + encode(id)));
        if (OrukMapping.isDefunct(details)) {
            feed.removed(id);
            return;
        }
        try {
            feed.add(OrukMapping.service(id, details, source.hubId(), today,
                    SourceHash.of(MAPPING + details)));
        } catch (UnusableItemException unusable) {
            feed.skip(id, "service " + id + " " + unusable.getMessage());
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
