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
    void defaultsToBcrypt12AndNoAdmin() {
        StaffProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(StaffProperties.defaults());
        assertThat(properties.bcryptStrength()).isEqualTo(12);
        assertThat(properties.adminUsername()).isNull();
        assertThat(properties.adminPassword()).isNull();
        assertThat(properties.requireStrongAdmin()).isFalse();
    }

    @Test
    void bindsEveryKey() {
        StaffProperties properties = bind(Map.of("hub.staff.admin-username", "ada", "hub.staff.admin-password", "tidal-Moss-41-kettle",
                "hub.staff.require-strong-admin", "true", "hub.staff.bcrypt-strength", "10"));

        assertThat(properties).isEqualTo(new StaffProperties("ada", "tidal-Moss-41-kettle", true, 10));
    }

    @Test
    void neverShowsTheAdminPassword() {
        StaffProperties properties = new StaffProperties("ada", "tidal-Moss-41-kettle", true, 12);

        assertThat(properties.toString()).contains("ada", "adminPassword=(set)").doesNotContain("tidal");
    }

    @Test
    void refusesSettingsThatCouldNotWork() {
        assertThatThrownBy(() -> new StaffProperties(null, null, false, 3))
                .hasMessageStartingWith("hub.staff.bcrypt-strength");
    }

    @Test
    void loginDelaysDefaultToFiveFreeFailuresThenThirtySecondsDoublingToFifteenMinutes() {
        LoginThrottleProperties login = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("hub.staff.login", LoginThrottleProperties.class);

        assertThat(login).isEqualTo(LoginThrottleProperties.defaults());
        assertThat(login.delayAfter(4)).isZero();
        assertThat(login.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(login.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(login.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(login.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.failuresPerAddress()).isEqualTo(30);
        assertThat(login.failureTime()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void bindsEveryLoginKeyAndRefusesSettingsThatCouldNotWork() {
        LoginThrottleProperties login = new Binder(new MapConfigurationPropertySource(Map.of(
                "hub.staff.login.free-failures", "3", "hub.staff.login.first-delay", "10s",
                "hub.staff.login.longest-delay", "1h", "hub.staff.login.failures-per-address", "50",
                "hub.staff.login.address-window", "1h", "hub.staff.login.forget-after", "2d",
                "hub.staff.login.failure-time", "1s"))).bindOrCreate("hub.staff.login", LoginThrottleProperties.class);

        assertThat(login).isEqualTo(new LoginThrottleProperties(3, Duration.ofSeconds(10), Duration.ofHours(1), 50,
                Duration.ofHours(1), Duration.ofDays(2), Duration.ofSeconds(1)));
        assertThatThrownBy(() -> new LoginThrottleProperties(0, Duration.ofSeconds(30), Duration.ofMinutes(15), 30,
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ZERO))
                .hasMessageStartingWith("hub.staff.login.free-failures");
        assertThatThrownBy(() -> new LoginThrottleProperties(5, Duration.ofMinutes(30), Duration.ofMinutes(15), 30,
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ZERO))
                .hasMessageStartingWith("hub.staff.login.longest-delay");
        assertThatThrownBy(() -> new LoginThrottleProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 4,
                Duration.ofMinutes(15), Duration.ofHours(24), Duration.ZERO))
                .hasMessageStartingWith("hub.staff.login.failures-per-address");
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
