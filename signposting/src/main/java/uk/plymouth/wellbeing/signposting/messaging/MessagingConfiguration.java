package uk.plymouth.wellbeing.signposting.messaging;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Falls back to {@link LoggingSmsSender} when no other {@link SmsSender} is defined. An auto-configuration (listed in
 * {@code META-INF/spring/...AutoConfiguration.imports}, so left out of component scans) because only then is the
 * missing-bean check made after every application bean, such as sms-gateway's Twilio sender, is known.
 */
@AutoConfiguration
class MessagingConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    LoggingSmsSender loggingSmsSender(ObjectProvider<Clock> clock) {
        return new LoggingSmsSender(clock.getIfAvailable(Clock::systemUTC));
    }
}
