package uk.plymouth.wellbeing.sms.simulator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.sms.TwilioProperties;

/**
 * The staff screen's {@link uk.plymouth.wellbeing.signposting.texting.TextSimulator}, always defined: whether it may
 * send is its own {@code status()}, so the screen can say why not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    @Bean
    WebhookTextSimulator webhookTextSimulator(TwilioProperties twilio, SimulatorProperties properties,
            SmsSender sender) {
        return new WebhookTextSimulator(twilio, properties, sender);
    }
}
