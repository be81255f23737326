package uk.plymouth.wellbeing.signposting.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;

/**
 * The application for signposting's Spring tests ({@code @SpringBootTest(classes = SignpostingTestApplication.class)}):
 * every signposting component, its entities and repositories, and a fixed clock.
 *
 * <p>The clock stands still at {@link #NOW} (Tuesday 24 November 2026, 10am in Plymouth), the day the relevance set
 * uses, so what a test sees ("what's on today", the search's day filters, "last verified in the future") never
 * depends on the day the build runs. Content with a {@code last_verified} after that date is refused under this
 * clock: test fixtures use earlier dates.
 *
 * <p>{@code @AutoConfigurationPackage} widens entity and repository scanning from this package to all of signposting.
 * {@code @TestComponent} keeps this class out of the component scan of another application that has the signposting
 * test-jar on its test classpath (kiosk-ui's {@code HubApplication} scans {@code uk.plymouth.wellbeing}), where a
 * second auto-configuration and a second {@link Clock} would clash.
 */
@SpringBootApplication(scanBasePackages = "uk.plymouth.wellbeing.signposting")
@AutoConfigurationPackage(basePackages = "uk.plymouth.wellbeing.signposting")
@TestComponent
public class SignpostingTestApplication {

    public static final ZoneId PLYMOUTH = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Instant NOW = TODAY.atTime(LocalTime.of(10, 0)).atZone(PLYMOUTH).toInstant();

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, PLYMOUTH);
    }
}
