package uk.plymouth.wellbeing.signposting.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * The first admin through the real start-up: the {@code hub.staff.*} properties bound, {@link AdminBootstrap} run
 * before the application is ready, and a strict start with a missing or weak password refused. Each start gets a
 * fresh, empty H2 database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffStartupTest {

    static ConfigurableApplicationContext start(String database, String... properties) {
        return new SpringApplicationBuilder(SignpostingTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=jdbc:h2:mem:" + database
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username=sa",
                        "spring.datasource.password=",
                        "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.jpa.open-in-view=false",
                        "hub.catalogue.location=classpath:fixtures/content/",
                        "hub.catalogue.check-for-changes-every=0s",
                        "hub.staff.bcrypt-strength=4")
                .properties(properties)
                .run();
    }

    @Test
    void aStrictStartWithoutAnAdminPasswordIsRefused() {
        assertThatThrownBy(() -> start("staff-startup-missing", "hub.staff.require-strong-admin=true",
                "hub.staff.admin-username=ada"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD (hub.staff.admin-password) is not set");
    }

    @Test
    void aStrictStartWithAWeakAdminPasswordIsRefusedWithoutShowingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("staff-startup-weak", "hub.staff.require-strong-admin=true",
                "hub.staff.admin-username=ada", "hub.staff.admin-password=Welcome2026!!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD (hub.staff.admin-password) is too weak")
                .hasMessageNotContaining("Welcome2026!!");
        assertThat(output.getAll()).doesNotContain("Welcome2026!!");
    }

    @Test
    void aStrictStartWithAStrongPasswordCreatesTheAdmin() {
        try (ConfigurableApplicationContext context = start("staff-startup-strong",
                "hub.staff.require-strong-admin=true", "hub.staff.admin-username=Ada",
                "hub.staff.admin-password=ada-Tidal-Moss-41")) {
            StaffAccounts accounts = context.getBean(StaffAccounts.class);

            assertThat(accounts.member("ada").isAdmin()).isTrue();
            assertThat(accounts.list("ada")).hasSize(1);
        }
    }

    @Test
    void aRelaxedStartWithoutAnAdminStartsAndWarns(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("staff-startup-relaxed")) {
            assertThat(context.getBean(StaffAccounts.class).forLogin("ada")).isEmpty();
        }
        assertThat(output.getAll()).contains("ADMIN_USERNAME and ADMIN_PASSWORD are not set, so no staff can log in");
    }
}
