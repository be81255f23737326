package uk.plymouth.wellbeing.signposting.messaging;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/** What outbox tests add to the signposting test application: a clock they move and a carrier with faults. */
@TestConfiguration(proxyBeanMethods = false)
class OutboxTestConfiguration {

    @Bean
    @Primary
    MutableClock movingClock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }

    @Bean
    @Primary
    FaultySmsSender faultySmsSender() {
        return new FaultySmsSender();
    }

    @Bean
    OutboxCases.ChangesSeen changesSeen() {
        return new OutboxCases.ChangesSeen();
    }
}
