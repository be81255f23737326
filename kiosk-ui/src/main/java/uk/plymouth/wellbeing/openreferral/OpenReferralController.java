package uk.plymouth.wellbeing.openreferral;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open data API's endpoints, read-only, in the shape of Open Referral UK 3.0. See docs/open-data-api.md. */
@RestController
@RequestMapping("/api")
class OpenReferralController {

    private static final ApiInfo INFO = new ApiInfo("3.0",
            "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
            "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json",
            "Plymouth Wellbeing Hubs",
            "Services and activities at Plymouth's community Wellbeing Hubs, as Open Referral UK 3.0 open data.");

    private final OpenReferralDirectory directory;

    OpenReferralController(OpenReferralDirectory directory) {
        this.directory = directory;
    }

    @GetMapping({"", "/"})
    ApiInfo info() {
        return INFO;
    }

    @GetMapping("/services")
    OrukPage<OrukServiceSummary> services(@RequestParam Map<String, String> query) {
        return directory.services(query);
    }

    @GetMapping("/services/{id}")
    OrukService service(@PathVariable String id) {
        return directory.service(id).orElseThrow(() -> ApiException.notFound(
                "There is no service or activity with id " + ApiException.quoted(id)));
    }

    @GetMapping("/service_at_locations")
    OrukPage<OrukServiceAtLocationSummary> servicesAtLocations(@RequestParam Map<String, String> query) {
        return directory.servicesAtLocations(query);
    }

    @GetMapping("/service_at_locations/{id}")
    OrukServiceAtLocation serviceAtLocation(@PathVariable String id) {
        return directory.serviceAtLocation(id).orElseThrow(() -> ApiException.notFound(
                "There is no service_at_location with id " + ApiException.quoted(id)));
    }

    @GetMapping("/taxonomies")
    OrukPage<OrukTaxonomy> taxonomies(@RequestParam Map<String, String> query) {
        return OrukPage.slice(List.of(Categories.taxonomy()), ListParamsParser.page(query),
                ListParamsParser.perPage(query));
    }

    @GetMapping("/taxonomies/{id}")
    OrukTaxonomy taxonomy(@PathVariable String id) {
        return OpenReferralIds.parse(id).filter(OpenReferralIds.taxonomy()::equals).map(uuid -> Categories.taxonomy())
                .orElseThrow(() -> ApiException.notFound("There is no taxonomy with id " + ApiException.quoted(id)));
    }

    @GetMapping("/taxonomy_terms")
    OrukPage<OrukTaxonomyTerm> taxonomyTerms(@RequestParam Map<String, String> query) {
        return OrukPage.slice(Categories.terms(), ListParamsParser.page(query), ListParamsParser.perPage(query));
    }

    @GetMapping("/taxonomy_terms/{id}")
    OrukTaxonomyTerm taxonomyTerm(@PathVariable String id) {
        return ListParamsParser.category(id).map(Categories::term).orElseThrow(() -> ApiException.notFound(
                "There is no taxonomy term with id " + ApiException.quoted(id)));
    }

    /** Anything else under /api: a JSON 404 (or 405 for methods other than GET), never an HTML page. */
    @RequestMapping("/**")
    ResponseEntity<Void> elsewhere(HttpServletRequest request) {
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            return ResponseEntity.noContent().header(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS").build();
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            throw ApiException.methodNotAllowed("The open data API is read-only: use GET");
        }
        throw ApiException.notFound("There is no " + ApiException.quoted(request.getRequestURI())
                + " in the open data API: see /api/services, /api/service_at_locations, /api/taxonomies and"
                + " /api/taxonomy_terms");
    }
}
