package uk.plymouth.wellbeing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.web.FromAddress;

/** The open data API over HTTP, against the whole app and the real bundled content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenReferralApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Test
    void wrapsListsInTheOpenReferralPageEnvelope() throws Exception {
        int items = catalogue.services().size() + catalogue.activities().size();

        JsonNode first = ok("/api/services?per_page=10");
        JsonNode second = ok("/api/services?per_page=10&page=2");
        JsonNode last = ok("/api/services?per_page=10&page=" + (items + 9) / 10);

        assertThat(first.get("total_items").asInt()).isEqualTo(items);
        assertThat(first.get("total_pages").asInt()).isEqualTo((items + 9) / 10);
        assertThat(first.get("page_number").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(10);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();
        assertThat(first.get("contents")).hasSize(10);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(ok("/api/services").get("contents")).hasSize(50);
    }

    @Test
    void answersPagesBeyondTheEndWithAnEmptyPage() throws Exception {
        JsonNode beyond = ok("/api/services?page=999999999&per_page=100");

        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();
        assertThat(beyond.get("total_items").asInt()).isPositive();
    }

    @Test
    void findsFoodHelpForFoodBank() throws Exception {
        JsonNode page = ok("/api/services?search=" + encoded("food bank"));

        assertThat(page.get("total_items").asInt()).isPositive();
        assertThat(page.get("contents").get(0).get("category").asText()).isEqualTo("food");
        assertThat(texts(page, "name")).anyMatch(name -> name.toLowerCase().contains("food"));
    }

    @Test
    void acceptsVersionOnesTextAsTheSearch() throws Exception {
        assertThat(ids(ok("/api/services?text=" + encoded("food bank"))))
                .isEqualTo(ids(ok("/api/services?search=" + encoded("food bank"))));
    }

    @Test
    void filtersByTaxonomyTermUuidOrCategoryCode() throws Exception {
        String foodTerm = OpenReferralIds.taxonomyTerm("food").toString();

        JsonNode byUuid = ok("/api/services?per_page=100&taxonomy_term_id=" + foodTerm);
        JsonNode byCode = ok("/api/services?per_page=100&taxonomy_term_id=mental-health");

        assertThat(byUuid.get("total_items").asInt()).isPositive();
        assertThat(texts(byUuid, "category")).containsOnly("food");
        assertThat(texts(byCode, "category")).isNotEmpty().containsOnly("mental-health");
    }

    @Test
    void filtersByDayToItemsWithAScheduleOnThatDay() throws Exception {
        JsonNode mondays = ok("/api/services?per_page=100&day=MO");

        assertThat(mondays.get("total_items").asInt()).isPositive();
        for (JsonNode item : mondays.get("contents")) {
            JsonNode full = ok("/api/services/" + item.get("id").asText());
            assertThat(full.get("schedules").findValuesAsText("byday"))
                    .as("schedules of %s", item.get("name").asText())
                    .anyMatch(byday -> List.of(byday.split(",")).contains("MO"));
        }
    }

    @Test
    void sortsByDistanceFromAPostcode() throws Exception {
        JsonNode services = ok("/api/services?per_page=100&postcode=" + encoded("PL5 3AB"));
        JsonNode rows = ok("/api/service_at_locations?per_page=100&postcode=" + encoded("pl5 3ab"));

        assertThat(distances(services)).hasSize(services.get("contents").size()).isSorted();
        assertThat(distances(rows)).hasSize(rows.get("contents").size()).isSorted();
        // with words as well, good matches come first, nearest first among them (hub.search.good-match-share), so a
        // weak match nearby never outranks the need: the top three are nearest first
        List<Double> debt = distances(ok("/api/services?search=debt&postcode=PL7"));
        assertThat(debt).hasSizeGreaterThanOrEqualTo(3);
        assertThat(debt.subList(0, 3)).isSorted();
    }

    @Test
    void keepsToTheProximityAroundThePostcode() throws Exception {
        JsonNode near = ok("/api/service_at_locations?per_page=100&postcode=PL5&proximity=3000");
        JsonNode all = ok("/api/service_at_locations?per_page=100&postcode=PL5");

        assertThat(distances(near)).isNotEmpty().allMatch(km -> km <= 3.0);
        assertThat(near.get("total_items").asInt()).isLessThan(all.get("total_items").asInt());
    }

    @Test
    void listsEachServiceOnceAtEachOfItsHubs() throws Exception {
        int expected = catalogue.services().stream().mapToInt(s -> s.hubIds().size()).sum()
                + catalogue.activities().size();

        JsonNode rows = ok("/api/service_at_locations?per_page=100");
        JsonNode oneHub = ok("/api/service_at_locations?per_page=100&hub_id=four-greens");

        assertThat(rows.get("total_items").asInt()).isEqualTo(expected);
        JsonNode row = rows.get("contents").get(0);
        assertThat(row.get("service").get("name").asText()).isNotBlank();
        assertThat(row.get("location").get("addresses").get(0).get("postal_code").asText()).startsWith("PL");
        assertThat(row.get("location_id").asText()).isEqualTo(row.get("location").get("id").asText());
        assertThat(texts(oneHub, "hub_id")).isNotEmpty().containsOnly("four-greens");
    }

    @Test
    void getsOneServiceAtLocationFullyNested() throws Exception {
        JsonNode row = ok("/api/service_at_locations?per_page=1").get("contents").get(0);

        JsonNode full = ok("/api/service_at_locations/" + row.get("id").asText());

        assertThat(full.get("service").get("id").asText()).isEqualTo(row.get("service_id").asText());
        assertThat(full.get("location").get("accessibility")).isNotEmpty();
    }

    @Test
    void getsAServiceByItsUuidOrByOurContentId() throws Exception {
        HubService service = catalogue.services().get(0);
        UUID uuid = UUID.nameUUIDFromBytes(("plymouth-hubs:service:" + service.id()).getBytes(StandardCharsets.UTF_8));

        JsonNode byContentId = ok("/api/services/" + service.id());
        JsonNode byUuid = ok("/api/services/" + uuid);

        assertThat(byContentId.get("id").asText()).isEqualTo(uuid.toString());
        assertThat(byUuid).isEqualTo(byContentId);
        assertThat(byUuid.get("name").asText()).isEqualTo(service.name());
    }

    @Test
    void publishesFullyNestedServicesWithEveryRequiredField() throws Exception {
        for (DirectoryItem item : List.<DirectoryItem>of(catalogue.services().get(0), catalogue.activities().get(0))) {
            JsonNode service = ok("/api/services/" + item.id());

            assertThat(service.get("name").asText()).isEqualTo(item.title());
            assertThat(service.get("status").asText()).isIn("active", "temporarily closed");
            assertThat(service.get("category").asText()).isEqualTo(item.category().id());
            JsonNode organization = service.get("organization");
            assertThat(organization.get("id").asText()).isEqualTo(service.get("organization_id").asText());
            assertThat(organization.get("name").asText()).isNotBlank();
            assertThat(organization.get("description").asText()).isNotBlank();
            JsonNode location = service.get("service_at_locations").get(0).get("location");
            assertThat(location.get("location_type").asText()).isEqualTo("physical");
            assertThat(location.get("latitude").asDouble()).isBetween(50.0, 51.0);
            JsonNode address = location.get("addresses").get(0);
            for (String field : List.of("id", "address_1", "city", "state_province", "postal_code", "country",
                    "address_type")) {
                assertThat(address.get(field)).as(field).isNotNull();
            }
            assertThat(service.get("schedules")).isNotEmpty();
            assertThat(service.get("contacts").get(0).get("phones").get(0).get("number").asText()).isNotBlank();
            assertThat(service.get("cost_options").get(0).get("option").asText()).isEqualTo(item.cost().text());
            assertThat(service.get("attributes").get(0).get("taxonomy_term").get("code").asText())
                    .isEqualTo(item.category().id());
        }
    }

    @Test
    void publishesActivitiesAsServicesWithTheirWeeklyOrFortnightlyRhythm() throws Exception {
        for (Activity activity : catalogue.activities()) {
            JsonNode schedule = ok("/api/services/" + activity.id()).get("schedules").get(0);

            assertThat(schedule.get("freq").asText()).isEqualTo("WEEKLY");
            assertThat(schedule.get("interval").asInt()).isEqualTo(activity.schedule().frequency().intervalWeeks());
            assertThat(schedule.get("byday").asText()).isEqualTo(OpenReferralIds.dayCode(activity.schedule().day()));
            assertThat(schedule.get("opens_at").asText()).matches("\\d\\d:\\d\\d");
        }
    }

    @Test
    void saysWhichServicesAreTemporarilyClosed() throws Exception {
        for (HubService service : catalogue.services()) {
            if (service.status() == ItemStatus.TEMPORARILY_CLOSED) {
                JsonNode published = ok("/api/services/" + service.id());
                assertThat(published.get("status").asText()).isEqualTo("temporarily closed");
                assertThat(published.get("alert").asText()).isNotBlank();
            }
        }
    }

    @Test
    void keepsUuidsStableAcrossCalls() throws Exception {
        List<String> first = ids(ok("/api/services?per_page=100"));
        List<String> again = ids(ok("/api/services?per_page=100"));
        String location = ok("/api/service_at_locations?hub_id=four-greens&per_page=1").get("contents").get(0)
                .get("location_id").asText();

        assertThat(again).isEqualTo(first);
        assertThat(first).allMatch(id -> UUID.fromString(id).version() == 3);
        assertThat(location).isEqualTo(UUID.nameUUIDFromBytes("plymouth-hubs:location:four-greens"
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void publishesOurCategoriesAsOneTaxonomy() throws Exception {
        JsonNode taxonomies = ok("/api/taxonomies");
        JsonNode terms = ok("/api/taxonomy_terms");

        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(1);
        JsonNode taxonomy = taxonomies.get("contents").get(0);
        assertThat(taxonomy.get("taxonomy_terms")).hasSize(8);
        assertThat(terms.get("total_items").asInt()).isEqualTo(8);
        assertThat(terms.findValuesAsText("code")).contains("food", "mental-health", "sport-physical-activity");
        assertThat(ok("/api/taxonomies/" + taxonomy.get("id").asText()).get("name").asText()).isNotBlank();
        assertThat(ok("/api/taxonomy_terms/food").get("id").asText())
                .isEqualTo(OpenReferralIds.taxonomyTerm("food").toString());
    }

    @Test
    void describesItselfAtTheRoot() throws Exception {
        assertThat(ok("/api").get("version").asText()).isEqualTo("3.0");
        assertThat(ok("/api/").get("profile").asText()).startsWith("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/services/no-such-thing", "/api/services/00000000-0000-0000-0000-000000000000",
            "/api/service_at_locations/nope", "/api/taxonomies/nope", "/api/taxonomy_terms/nope", "/api/nothing-here"})
    void answersUnknownIdsAndPathsWith404Json(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-3", "page=abc", "per_page=1000", "per_page=0", "per_page=ten",
            "taxonomy_term_id=unknown", "day=XX", "day=funday", "postcode=" + "%21%21not+a+postcode",
            "postcode=ZZ99", "postcode=PL5&proximity=-5", "postcode=PL5&proximity=abc", "proximity=1000",
            "hub_id=nowhere", "free=perhaps", "taxonomy_id=other", "modified_after=yesterday"})
    void refusesBadParametersWith400Json(String query) throws Exception {
        for (String endpoint : List.of("/api/services?", "/api/service_at_locations?")) {
            HttpResponse<String> response = get(endpoint + query);

            assertThat(response.statusCode()).as(endpoint + query).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }

    @Test
    void saysWhenEachServiceChangedAndListsOnlyThoseChangedAfterAGivenMoment() throws Exception {
        JsonNode all = ok("/api/services?per_page=100");
        String changed = all.get("contents").get(0).get("last_modified").asText();
        assertThat(changed).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        java.time.Instant loaded = java.time.Instant.parse(changed);

        JsonNode before = ok("/api/services?per_page=100&modified_after=" + loaded.minusSeconds(3600));
        JsonNode after = ok("/api/services?per_page=100&modified_after=" + encoded(loaded.plusSeconds(1).toString()));
        JsonNode byDate = ok("/api/services?per_page=100&modified_after=2000-01-01");

        assertThat(before.get("total_items").asInt()).isEqualTo(all.get("total_items").asInt());
        assertThat(byDate.get("total_items").asInt()).isEqualTo(all.get("total_items").asInt());
        assertThat(after.get("total_items").asInt()).isLessThan(all.get("total_items").asInt());
        assertThat(ok("/api/service_at_locations?modified_after=2999-01-01").get("total_items").asInt()).isZero();
        assertThat(ok("/api/services/" + all.get("contents").get(0).get("id").asText()).get("last_modified").asText())
                .isEqualTo(changed);
    }

    @Test
    void explainsPerPageLimits() throws Exception {
        assertThat(JSON.readTree(get("/api/services?per_page=1000").body()).get("message").asText())
                .isEqualTo("per_page must be between 1 and 100");
        assertThat(get("/api/taxonomy_terms?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void refusesWritesWith405Json() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void letsAnyWebsiteReadTheApi() throws Exception {
        for (String path : List.of("/api/services?per_page=1", "/api/services?page=0", "/api/services/nope")) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                    .header("Origin", "https://example.org").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
        }
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(uri("/api/services"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET"));
    }

    @Test
    void answersHugeAndStrangeSearches() throws Exception {
        List<String> searches = List.of("food bank ".repeat(1024), "x".repeat(10_240),
                "\"food bank\" (help) [now] {x} AND OR NOT * ? ~ ^ : \\ / -debt +money", "🍞🥫😢 food", "بنك الطعام",
                "'; DROP TABLE services; --", "%00%", "\u0000\u0001");
        for (String search : searches) {
            assertThat(get("/api/services?search=" + encoded(search)).statusCode()).as(search).isEqualTo(200);
            assertThat(get("/api/service_at_locations?search=" + encoded(search)).statusCode()).isEqualTo(200);
        }
        assertThat(ok("/api/services?search=" + encoded("food bank ".repeat(1024))).get("total_items").asInt())
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/services/%00", "/api/services/%ff", "/api/services/%25", "/api/services;x=1",
            "/api/services/%2e%2e/taxonomies", "/api/services/a%2fb", "/api/services/%C3%28", "/api/%5c"})
    void answersAddressesItCannotReadWithJsonAndCors(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertJsonErrorWithCors(response, path);
        assertThat(response.statusCode()).as(path).isBetween(400, 404);
    }

    @Test
    void answersAnOverLongAddressWithJsonAndCors() throws Exception {
        HttpResponse<String> response = get("/api/services?search=" + "x".repeat(70_000));

        assertJsonErrorWithCors(response, "a 70 KB address");
        assertThat(JSON.readTree(response.body()).get("message").asText()).contains("too long");
    }

    @Test
    void refusesAQueryItCannotReadInsteadOfIgnoringIt() throws Exception {
        for (String query : List.of("search=%ZZ", "search=food&page=%", "search=%2")) {
            FromAddress.Answer response = new FromAddress("127.0.0.1", port).get("/api/services?" + query, Map.of());

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("access-control-allow-origin")).as(query).contains("*");
            assertThat(response.header("content-type")).as(query).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(response.body()).get("message").asText()).contains("query string");
        }
    }

    @Test
    void answersTheLargestPageNumberWithAnEmptyPageAndALargerOneWithAClearMessage() throws Exception {
        JsonNode largest = ok("/api/services?page=2147483647");
        HttpResponse<String> larger = get("/api/services?page=2147483648");

        assertThat(largest.get("empty").asBoolean()).isTrue();
        assertThat(largest.get("page_number").asInt()).isEqualTo(Integer.MAX_VALUE);
        assertJsonErrorWithCors(larger, "page=2147483648");
        assertThat(JSON.readTree(larger.body()).get("message").asText())
                .startsWith("page must be at most 2147483647, not \"2147483648\"");
    }

    @Test
    void answersInJsonWhateverTheCallerAccepts() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/services/nope"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertJsonErrorWithCors(response, "Accept: text/html");
    }

    private static void assertJsonErrorWithCors(HttpResponse<String> response, String what) throws IOException {
        assertThat(response.statusCode()).as(what + " -> " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(what).contains("*");
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).as(what).isNotBlank();
        assertThat(error.get("message").asText()).as(what).isNotBlank();
    }

    private JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page) {
        return texts(page, "id");
    }

    private static List<String> texts(JsonNode page, String field) {
        return StreamSupport.stream(page.get("contents").spliterator(), false).map(item -> item.get(field))
                .filter(value -> value != null).map(JsonNode::asText).toList();
    }

    private static List<Double> distances(JsonNode page) {
        List<Double> distances = new ArrayList<>();
        page.get("contents").forEach(item -> {
            if (item.has("distance_km")) {
                distances.add(item.get("distance_km").asDouble());
            }
        });
        return distances;
    }
}
