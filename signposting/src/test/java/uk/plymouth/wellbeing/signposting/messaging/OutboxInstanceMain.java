package uk.plymouth.wellbeing.signposting.messaging;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.plymouth.wellbeing.signposting.testsupport.InstanceOnSharedPostgres;

/**
 * One app instance as a JVM of its own, for {@code OutboxKilledInstancePostgresIT} to kill: the signposting context on
 * the shared test PostgreSQL (named by {@code HUB_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD}, which the test
 * sets), sending through a {@link FileCarrier} on the file given as the only argument, on the real clock. Prints
 * {@value #READY} once started, then runs until killed.
 */
public final class OutboxInstanceMain {

    static final String READY = "OUTBOX INSTANCE READY";
    static final String CONTENT = "classpath:fixtures/content/";
    /** Short, so a killed instance's claimed texts come back soon; far above one send's time. */
    static final String LEASE = "3s";

    private OutboxInstanceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = start(Path.of(args[0]));
        System.out.println(READY + " " + context.getId());
        new CountDownLatch(1).await();
    }

    static ConfigurableApplicationContext start(Path carrierFile) {
        return InstanceOnSharedPostgres.start(CONTENT, List.of(OnFileCarrier.class),
                "hub.test.carrier-file=" + carrierFile, "hub.sms.outbox.lease=" + LEASE,
                "hub.sms.outbox.poll-interval=100ms", "hub.search.semantic=false", "spring.main.banner-mode=off");
    }

    /**
     * The carrier on a file (a send takes 3 ms there and 12 ms back), the real clock, so leases run out, and the
     * schedules (the outbox worker's poll), as in the app.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableScheduling
    static class OnFileCarrier {

        @Bean
        @Primary
        FileCarrier fileCarrier(@Value("${hub.test.carrier-file}") Path file) {
            return new FileCarrier(file, Duration.ofMillis(3), Duration.ofMillis(12));
        }

        @Bean
        @Primary
        Clock realClock() {
            return Clock.systemUTC();
        }
    }
}
