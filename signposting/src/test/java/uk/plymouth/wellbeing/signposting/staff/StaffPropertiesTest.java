package uk.plymouth.wellbeing.signposting.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code hub.staff.*}: defaults, binding, checks, the masked password and the hashes the encoder makes. */
class StaffPropertiesTest {

    static StaffProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("hub.staff",
                StaffProperties.class);
    }

    @Test
    void defaultsToFiveFailuresFifteenMinutesBcrypt12AndNoAdmin() {
        StaffProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(StaffProperties.defaults());
        assertThat(properties.maxFailedLogins()).isEqualTo(5);
        assertThat(properties.lockFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.bcryptStrength()).isEqualTo(12);
        assertThat(properties.adminUsername()).isNull();
        assertThat(properties.adminPassword()).isNull();
        assertThat(properties.requireStrongAdmin()).isFalse();
    }

    @Test
    void bindsEveryKey() {
        StaffProperties properties = bind(Map.of("hub.staff.max-failed-logins", "3", "hub.staff.lock-for", "1h",
                "hub.staff.admin-username", "ada", "hub.staff.admin-password", "tidal-Moss-41-kettle",
                "hub.staff.require-strong-admin", "true", "hub.staff.bcrypt-strength", "10"));

        assertThat(properties).isEqualTo(new StaffProperties(3, Duration.ofHours(1), "ada", "tidal-Moss-41-kettle",
                true, 10));
    }

    @Test
    void neverShowsTheAdminPassword() {
        StaffProperties properties = new StaffProperties(5, Duration.ofMinutes(15), "ada", "tidal-Moss-41-kettle",
                true, 12);

        assertThat(properties.toString()).contains("ada", "adminPassword=(set)").doesNotContain("tidal");
    }

    @Test
    void refusesSettingsThatCouldNotWork() {
        assertThatThrownBy(() -> new StaffProperties(0, Duration.ofMinutes(15), null, null, false, 12))
                .hasMessageStartingWith("hub.staff.max-failed-logins");
        assertThatThrownBy(() -> new StaffProperties(5, Duration.ZERO, null, null, false, 12))
                .hasMessageStartingWith("hub.staff.lock-for");
        assertThatThrownBy(() -> new StaffProperties(5, Duration.ofMinutes(15), null, null, false, 3))
                .hasMessageStartingWith("hub.staff.bcrypt-strength");
    }

    @Test
    void hashesWithBcrypt12NamingTheAlgorithmSoSpringSecuritysDefaultEncoderChecksThem() {
        PasswordEncoder encoder = new StaffConfiguration().staffPasswordEncoder(StaffProperties.defaults());

        String hash = encoder.encode("tidal-Moss-41-kettle");

        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain("tidal");
        assertThat(encoder.matches("tidal-Moss-41-kettle", hash)).isTrue();
        assertThat(encoder.matches("tidal-moss-41-kettle", hash)).isFalse();
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("tidal-Moss-41-kettle", hash))
                .isTrue();
    }
}
