package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.plymouth.wellbeing.sms.outbound.TwilioSmsSender;

/** Which sender the app gets, and start-up failing clearly when Twilio is chosen but not set up. */
class TwilioConfigurationTest {

    final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(TwilioConfiguration.class);

    static final String[] COMPLETE = {
        "hub.sms.provider=twilio",
        "hub.sms.account-sid=AC00000000000000000000000000000000",
        "hub.sms.auth-token=secret-token-value",
        "hub.sms.from-number=+447700900000",
        "hub.sms.public-base-url=https://hubs.example.org"
    };

    @Test
    void byDefaultThereIsNoTwilioSender() {
        app.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TwilioSmsSender.class);
            assertThat(context.getBean(TwilioProperties.class).provider()).isEqualTo(TwilioProperties.Provider.LOG);
            assertThat(context.getBean(TwilioProperties.class).rateLimit().messages()).isEqualTo(30);
        });
    }

    @Test
    void withTwilioChosenAndSetUpThereIsATwilioSender() {
        app.withPropertyValues(COMPLETE).run(context -> assertThat(context).hasSingleBean(TwilioSmsSender.class));
    }

    @Test
    void blankEnvironmentVariablesCountAsMissing() {
        app.withPropertyValues(COMPLETE).withPropertyValues("hub.sms.account-sid=").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("TWILIO_ACCOUNT_SID"));
    }

    @Test
    void eachMissingSettingIsNamedWithItsVariable() {
        app.withPropertyValues(COMPLETE).withPropertyValues("hub.sms.auth-token=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("TWILIO_AUTH_TOKEN"));
        app.withPropertyValues(COMPLETE).withPropertyValues("hub.sms.from-number=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("TWILIO_FROM_NUMBER")
                        .hasMessageContaining("TWILIO_MESSAGING_SERVICE_SID"));
        app.withPropertyValues(COMPLETE).withPropertyValues("hub.sms.public-base-url=").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("PUBLIC_BASE_URL"));
    }

    @Test
    void theTokenNeverShowsInToString() {
        app.withPropertyValues(COMPLETE).withPropertyValues("hub.sms.rate-limit.messages=5",
                "hub.sms.rate-limit.per=1m").run(context -> {
            TwilioProperties properties = context.getBean(TwilioProperties.class);
            assertThat(properties.toString()).doesNotContain("secret-token-value").contains("authToken=****")
                    .contains("5 per PT1M");
            assertThat(properties.rateLimit().toRateLimit().messages()).isEqualTo(5);
        });
    }

    @Test
    void aRelativePublicAddressIsRefused() {
        app.withPropertyValues("hub.sms.public-base-url=hubs.example.org").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("absolute"));
    }
}
