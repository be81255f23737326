package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An Open Referral UK 3.0 API's services in the shape its {@code /services} pages and {@code /services/{id}} details
 * have, served by a {@link FakeDirectoryServer} under a path such as {@code /oruk}.
 */
final class OrukFeed {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> services = new ArrayList<>();

    /** A full, active service at the given postcode, with a phone, e-mail, a Tuesday session and a term. */
    static ObjectNode service(String id, String name, String postcode) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id).put("name", name).put("status", "active")
                .put("description", name + " for anyone in the area. Friendly staff help with forms and letters.")
                .put("url", "https://example.org/" + id).put("email", id + "@example.org")
                .put("application_process", "Just drop in").put("assured_date", "2026-10-01")
                .put("last_modified", "2026-10-01T09:00:00Z");
        s.putObject("organization").put("id", "org-1").put("name", "Example Trust");
        ArrayNode phones = s.putArray("contacts").addObject().put("id", id + "-c").putArray("phones");
        phones.addObject().put("id", id + "-p").put("number", "01752 000111");
        s.putArray("schedules").addObject().put("id", id + "-s").put("freq", "WEEKLY").put("interval", 1)
                .put("byday", "TU").put("opens_at", "10:00").put("closes_at", "12:00")
                .put("description", "Tuesdays 10am to 12pm");
        s.putArray("cost_options").addObject().put("id", id + "-cost").put("option", "Free").put("amount", 0);
        s.putArray("attributes").addObject().putObject("taxonomy_term").put("code", "advice").put("name",
                "Money, housing and advice");
        s.putArray("service_at_locations").addObject().putObject("location").putArray("addresses").addObject()
                .put("postal_code", postcode);
        return s;
    }

    OrukFeed add(ObjectNode service) {
        services.add(service);
        return this;
    }

    /** Changes a service as its publisher would: its {@code last_modified} moves on (if it has one). */
    OrukFeed change(String id, Consumer<ObjectNode> change) {
        services.stream().filter(s -> s.path("id").asText().equals(id)).forEach(s -> {
            change.accept(s);
            if (s.has("last_modified")) {
                s.put("last_modified", "2026-11-20T09:00:00Z");
            }
        });
        return this;
    }

    OrukFeed remove(String id) {
        services.removeIf(s -> s.path("id").asText().equals(id));
        return this;
    }

    List<ObjectNode> services() {
        return services;
    }

    /** Puts every page and every service's details on the server, under {@code base} (e.g. {@code /oruk}). */
    void serve(FakeDirectoryServer server, String base, int perPage) {
        int pages = Math.max(1, (services.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pages; page++) {
            server.answer(base + "/services?page=" + page + "&per_page=" + perPage, 200, page(page, perPage, pages));
        }
        for (ObjectNode service : services) {
            server.answer(base + "/services/" + service.path("id").asText(), 200, service.toString());
        }
    }

    String page(int page, int perPage, int pages) {
        ObjectNode body = JSON.createObjectNode();
        body.put("total_items", services.size()).put("total_pages", pages).put("page_number", page)
                .put("first_page", page == 1).put("last_page", page >= pages);
        ArrayNode contents = body.putArray("contents");
        services.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(s -> contents.add(summary(s)));
        body.put("size", contents.size()).put("empty", contents.isEmpty());
        return body.toString();
    }

    /** The one-to-one fields only, as list pages give them. */
    private static ObjectNode summary(ObjectNode service) {
        ObjectNode summary = service.deepCopy();
        summary.remove(List.of("contacts", "schedules", "cost_options", "attributes", "service_at_locations"));
        return summary;
    }
}
