package uk.plymouth.wellbeing.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.messaging.TextDetailsToPhone;

/**
 * What the log says about texts, through the whole running app: ids and purposes, never what a resident asked about
 * or was sent, so no log line ties a topic to even part of a number.
 */
@RunningSmsApp
@ExtendWith(OutputCaptureExtension.class)
class SmsLogPrivacyTest {

    static final List<String> TOPIC_WORDS = List.of("debt", "money", "benefit");

    @LocalServerPort
    int port;

    @Autowired
    TextDetailsToPhone toPhone;

    @Test
    void aSearchReplyIsLoggedByItsIdWithoutItsTopic(CapturedOutput output) {
        int before = output.getAll().length();
        TwilioWebhooks twilio = new TwilioWebhooks(port);
        String from = TwilioWebhooks.newNumber();
        String sid = TwilioWebhooks.newSid();

        List<String> reply = TwilioWebhooks.messages(twilio.text(sid, from, "help with debt").body());
        List<String> details = TwilioWebhooks.messages(twilio.text(TwilioWebhooks.newSid(), from, "1").body());

        assertThat(String.join(" ", reply).toLowerCase()).contains("debt");
        assertThat(details).isNotEmpty();
        String logged = output.getAll().substring(before);
        assertThat(logged).contains("Text " + sid + " by Twilio: ANSWERED, 1 message in reply");
        for (String word : TOPIC_WORDS) {
            assertThat(logged).as(word).doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void aListingTextedFromTheKioskIsLoggedByPurposeAndIdWithoutItsTopic(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        String to = TwilioWebhooks.newNumber();

        toPhone.send("fg-debt-advice", null, to);
        for (int tries = 0; tries < 100 && RecordingSmsSender.SHARED.takenTo(to).isEmpty(); tries++) {
            Thread.sleep(50);
        }

        assertThat(RecordingSmsSender.SHARED.takenTo(to)).singleElement()
                .satisfies(text -> assertThat(text.body()).containsIgnoringCase("debt"));
        String logged = output.getAll().substring(before);
        assertThat(logged).contains("Queued a listing's details");
        for (String word : TOPIC_WORDS) {
            assertThat(logged).as(word).doesNotContainIgnoringCase(word);
        }
    }
}
