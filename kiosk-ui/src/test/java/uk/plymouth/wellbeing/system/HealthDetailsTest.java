package uk.plymouth.wellbeing.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.plymouth.wellbeing.signposting.staff.StaffAccounts;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.staff.RunningStaffApp;
import uk.plymouth.wellbeing.staff.StaffSession;
import uk.plymouth.wellbeing.staff.TestStaff;

/** The health check tells everyone UP or DOWN, and only signed-in staff the details behind it. */
@RunningStaffApp
class HealthDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Test
    void strangersSeeOnlyTheStatus() throws Exception {
        HttpResponse<String> health = new StaffSession(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.size()).as(health.body()).isEqualTo(1);
        assertThat(health.body()).doesNotContain("diskSpace", "path", "free", "database", "source", "H2");
    }

    @Test
    void signedInStaffSeeTheDetails() throws Exception {
        String username = TestStaff.create(accounts, StaffRole.STAFF);
        StaffSession staff = new StaffSession(port);
        staff.logIn(username, TestStaff.PASSWORD);

        HttpResponse<String> health = staff.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode components = JSON.readTree(health.body()).get("components");
        assertThat(components).as(health.body()).isNotNull();
        assertThat(components.get("directory").get("details").get("source").asText()).isNotBlank();
        assertThat(components.get("diskSpace").get("details").has("free")).isTrue();
        assertThat(components.get("db").get("details").get("database").asText()).isEqualTo("H2");
    }
}
