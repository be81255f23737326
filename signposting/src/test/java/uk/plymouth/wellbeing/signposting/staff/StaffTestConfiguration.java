package uk.plymouth.wellbeing.signposting.staff;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/** What {@link StaffAccountsCases} adds to the signposting test application: a clock the tests move. */
@TestConfiguration(proxyBeanMethods = false)
class StaffTestConfiguration {

    @Bean
    @Primary
    MutableClock movingClock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }
}
