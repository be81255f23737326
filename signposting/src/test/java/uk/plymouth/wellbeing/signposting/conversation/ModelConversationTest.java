package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.crisis.CrisisLines;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.plymouth.wellbeing.signposting.assistant.AssistantConfiguration;
import uk.plymouth.wellbeing.signposting.assistant.AssistantProperties;
import uk.plymouth.wellbeing.signposting.assistant.AssistantSources;
import uk.plymouth.wellbeing.signposting.assistant.ModelAssistant;
import uk.plymouth.wellbeing.signposting.assistant.ScriptedChatModel;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.testsupport.SignpostingTestApplication;

/**
 * The SMS conversation with a language model configured (a scripted one: no network) on H2 with the real sample
 * content: the crisis check and the keywords come first and never reach the model; its search becomes the
 * conversation's results; an offer of a callback books nothing until the resident has answered our own questions
 * and said YES; a model that fails leaves the usual search reply.
 */
@SpringBootTest(classes = {SignpostingTestApplication.class, ModelConversationTest.WithScriptedModel.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:model-conversation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false",
            "hub.catalogue.location=file:../content/",
            "hub.catalogue.check-for-changes-every=0s"
        })
class ModelConversationTest {

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(700);
    private static final Pattern FIRST_TWO = Pattern.compile(
            "(?m)^1\\. (.+?) \\(id [^)]+\\) at (.+?)\\. [\\s\\S]*^2\\. (.+?) \\(id [^)]+\\) at (.+?)\\. ");

    @TestConfiguration(proxyBeanMethods = false)
    static class WithScriptedModel {
        @Bean
        ScriptedChatModel scriptedChatModel() {
            return new ScriptedChatModel();
        }

        @Bean
        @Primary
        ModelAssistant scriptedAssistant(ScriptedChatModel model, AssistantSources sources) {
            return AssistantConfiguration.assistant(model, new AssistantProperties("http://localhost:1/v1", null,
                    "scripted", Duration.ofSeconds(8), 20, Duration.ofMinutes(30)), sources);
        }
    }

    @Autowired
    Conversation conversation;

    @Autowired
    CrisisLines lines;

    @Autowired
    ScriptedChatModel model;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private PhoneNumber resident;

    @BeforeEach
    void aNewResident() {
        model.clear();
        resident = PhoneNumber.parseUkMobile("07700 900" + NEXT_NUMBER.getAndIncrement());
    }

    private String send(String body) {
        ConversationReply reply = conversation.reply(new IncomingText(resident, body, clock.instant()));
        assertThat(reply.messages()).hasSize(1);
        String message = reply.messages().get(0);
        assertThat(SmsText.isGsm(message)).as(message).isTrue();
        assertThat(SmsText.segments(message)).as(message).isLessThanOrEqualTo(2);
        return message;
    }

    private int callbacks() {
        return jdbc.queryForObject("select count(*) from callback_request where phone = ?", Integer.class,
                resident.e164());
    }

    @Test
    void theModelsSearchBecomesTheResultsSoANumberGivesDetails() {
        String[] secondTitle = new String[1];
        model.callsTool("searchServices", "{\"need\": \"food\"}")
                .saysFromLastToolResult(result -> {
                    Matcher two = FIRST_TWO.matcher(result);
                    assertThat(two.find()).as(result).isTrue();
                    secondTitle[0] = two.group(3);
                    return "1 " + two.group(1) + " - " + two.group(2) + "\n2 " + two.group(3) + " - " + two.group(4)
                            + "\nText the number for details.";
                });

        String reply = send("the cupboards are bare and payday is a week off");
        assertThat(reply).contains("1 ", "2 ").endsWith("Text the number for details.");

        String details = send("2");
        assertThat(details).contains(secondTitle[0]).contains("From Plymouth Wellbeing Hubs");
        assertThat(model.requests()).as("a number is ours to answer, not the model's").hasSize(2);
    }

    @Test
    void anOfferOfACallbackBooksNothingUntilTheResidentSaysYesToOurOwnQuestions() {
        model.callsTool("offerCallback", "{}").says("Someone from the hub can call you back.");

        assertThat(send("I would prefer someone from the hub dealt with this personally"))
                .isEqualTo(ReplyTexts.ASK_NAME);
        assertThat(callbacks()).isZero();
        send("Sam");
        send("my bills");
        assertThat(send("2")).startsWith("Privacy:");
        assertThat(callbacks()).isZero();

        assertThat(send("YES")).startsWith("Thanks, Sam. Your reference is");
        assertThat(callbacks()).isOne();
        assertThat(model.requests()).as("the dialogue's answers never go to the model").hasSize(2);
    }

    @Test
    void crisisWordsAndKeywordsNeverReachTheModel() {
        ConversationReply crisis = conversation.reply(new IncomingText(resident, "I want to end my life",
                clock.instant()));
        assertThat(crisis.crisis()).isTrue();
        assertThat(crisis.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "en"));

        assertThat(send("HELP")).contains("CALL");
        assertThat(send("STOP")).isEqualTo(ReplyTexts.OPTED_OUT);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void aModelThatFailsLeavesTheUsualSearchReply() {
        // no step scripted: the model call fails, as a broken endpoint would
        String reply = send("somewhere to get a hot meal");

        assertThat(reply).contains("1 ").contains("Reply 1-");
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void aReplyNamingAServiceTheToolsDidNotGiveIsReplacedByTheUsualSearch() {
        model.callsTool("searchServices", "{\"need\": \"walking football\"}")
                .says("Try the Stop Smoking Service at 10am, ring 01632 000000.");

        String reply = send("fancy a kickabout at my age");

        assertThat(reply).doesNotContain("01632 000000").contains("Reply 1-");
    }
}
