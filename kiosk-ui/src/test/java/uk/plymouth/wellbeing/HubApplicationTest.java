package uk.plymouth.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.directory.DirectoryLoader;

/** The whole app starts with embedded defaults and serves the bundled content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HubApplicationTest {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    DirectoryLoader loader;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.boot.actuate.health.HealthContributorRegistry health;

    @Test
    void loadsTheBundledContentBeforeServing() {
        assertThat(loader.status().latestFilesLoaded()).isTrue();
        assertThat(catalogue.hubs()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(catalogue.services()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(catalogue.activities()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(catalogue.hubs()).anyMatch(hub -> hub.sportsHub());
    }

    @Test
    void usesPlymouthTime() {
        assertThat(clock.getZone().getId()).isEqualTo("Europe/London");
    }

    @Test
    void healthReportsTheDirectoryToStaffAndOnlyUpToEveryoneElse() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(((org.springframework.boot.actuate.health.HealthIndicator) health.getContributor("directory"))
                .health().getDetails()).as("the directory's details, as staff see them")
                .containsEntry("latestFilesLoaded", true);
    }
}
