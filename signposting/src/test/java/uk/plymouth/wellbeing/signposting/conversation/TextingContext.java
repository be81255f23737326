package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.callback.CallbackTexts;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import uk.plymouth.wellbeing.signposting.messaging.OptOuts;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.testsupport.MutableClock;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * The whole signposting context for texting tests, with the real sample content (search relevance matters here),
 * the real crisis rules and lines, and a clock the tests move; a new resident's number for each test, and every
 * reply checked to be GSM-7 and at most two segments. The database comes from the subclass.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, TextingContext.MovingClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=file:../content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
@ExtendWith(OutputCaptureExtension.class)
abstract class TextingContext {

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(100);

    @Autowired
    Conversation conversation;

    @Autowired
    CrisisLines lines;

    @Autowired
    OptOuts optOuts;

    @Autowired
    ConversationStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CallbackTexts staffTexts;

    static final StaffMember ADMIN = StaffMember.admin("ada");

    PhoneNumber resident;

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingClock {
        @Bean
        @Primary
        MutableClock movingClock() {
            return new MutableClock(SignpostingTestApplication.NOW, SignpostingTestApplication.PLYMOUTH);
        }
    }

    @BeforeEach
    void aNewResident() {
        clock.set(SignpostingTestApplication.NOW);
        resident = PhoneNumber.parseUkMobile("07700 900" + NEXT_NUMBER.getAndIncrement());
    }

    ConversationReply send(String body) {
        return send(resident, body);
    }

    ConversationReply send(PhoneNumber from, String body) {
        ConversationReply reply = conversation.reply(new IncomingText(from, body, clock.instant()));
        for (String message : reply.messages()) {
            assertThat(SmsText.isGsm(message)).as("GSM-7: %s", message).isTrue();
            assertThat(SmsText.segments(message)).as("segments: %s", message).isLessThanOrEqualTo(2);
            assertThat(message).isNotBlank();
        }
        return reply;
    }

    String only(ConversationReply reply) {
        assertThat(reply.messages()).hasSize(1);
        return reply.messages().get(0);
    }

    List<Map<String, Object>> callbacksOf(PhoneNumber phone) {
        return jdbc.queryForList("select * from callback_request where phone = ?", phone.e164());
    }
}
