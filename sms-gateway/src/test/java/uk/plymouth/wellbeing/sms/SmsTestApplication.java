package uk.plymouth.wellbeing.sms;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * The application for sms-gateway's Spring tests: every signposting component (from its jar) and every sms-gateway
 * one, on a clock tests move by hand, starting at signposting's test "now" (Tuesday 24 November 2026, 10am). No
 * scheduling: tests run the retrier and the retention job themselves.
 */
@SpringBootApplication(scanBasePackages = {"uk.plymouth.wellbeing.signposting", "uk.plymouth.wellbeing.sms"})
@AutoConfigurationPackage(basePackages = "uk.plymouth.wellbeing.signposting")
public class SmsTestApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
    }
}
