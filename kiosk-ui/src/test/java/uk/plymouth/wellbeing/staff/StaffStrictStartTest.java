package uk.plymouth.wellbeing.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.plymouth.wellbeing.HubApplication;

/**
 * The whole app refuses to start in production (the {@code postgres} profile, which sets
 * {@code hub.staff.require-strong-admin}) on an empty database without a strong first admin, and says which
 * environment variable to set. The profile's {@code DATABASE_URL} points at a fresh in-memory H2 database here, and
 * the variables are given as command-line arguments, which win over the real environment.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffStrictStartTest {

    private static Throwable startInProduction(String adminUsername, String adminPassword) {
        return catchThrowable(() -> {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HubApplication.class)
                    .profiles("test", "postgres")
                    .run("--server.port=0",
                            "--DATABASE_URL=jdbc:h2:mem:strict-" + UUID.randomUUID()
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                            "--DATABASE_USERNAME=sa", "--DATABASE_PASSWORD=",
                            "--hub.staff.bcrypt-strength=4",
                            "--ADMIN_USERNAME=" + adminUsername, "--ADMIN_PASSWORD=" + adminPassword)) {
                assertThat(context.isActive()).isTrue();
            }
        });
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        Throwable refused = startInProduction("ada", "");

        assertThat(refused).isNotNull();
        assertThat(messages(refused)).contains("ADMIN_PASSWORD (hub.staff.admin-password) is not set");
    }

    @Test
    void refusesToStartWithTheCommonestPassword() {
        Throwable refused = startInProduction("ada", "password");

        assertThat(refused).isNotNull();
        assertThat(messages(refused)).contains("ADMIN_PASSWORD (hub.staff.admin-password) is too weak");
    }

    @Test
    void refusesToStartWithACommonWordAndDigitsWithoutRepeatingThePassword(CapturedOutput output) {
        Throwable refused = startInProduction("ada", "Plymouth2026!");

        assertThat(refused).isNotNull();
        assertThat(messages(refused)).contains("ADMIN_PASSWORD (hub.staff.admin-password) is too weak")
                .contains("commonest passwords").doesNotContain("Plymouth2026!");
        assertThat(output.getAll()).contains("ADMIN_PASSWORD").doesNotContain("Plymouth2026!");
    }
}
