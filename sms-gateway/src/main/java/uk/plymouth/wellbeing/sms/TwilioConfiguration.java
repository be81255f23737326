package uk.plymouth.wellbeing.sms;

import com.twilio.http.TwilioRestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.sms.outbound.TwilioSmsSender;

/**
 * With {@code hub.sms.provider=twilio}, texts go through Twilio's REST API, and start-up fails at once, naming the
 * variable, if a setting is missing. Otherwise signposting's logging sender stands in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    @Bean
    @ConditionalOnProperty(prefix = "hub.sms", name = "provider", havingValue = "twilio")
    TwilioSmsSender twilioSmsSender(TwilioProperties properties) {
        properties.requireTwilioSettings();
        TwilioRestClient client = new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                .build();
        log.info("Texts go through Twilio ({})", properties);
        return new TwilioSmsSender(client, properties);
    }
}
