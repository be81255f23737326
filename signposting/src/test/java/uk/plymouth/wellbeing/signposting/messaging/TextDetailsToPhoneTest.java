package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException.Problem;
import uk.plymouth.wellbeing.signposting.testsupport.Fixtures;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

class TextDetailsToPhoneTest {

    static final Catalogue CATALOGUE = RealContent.catalogue();

    final RecordingSmsSender sender = new RecordingSmsSender();
    final ItemDetailsText details =
            new ItemDetailsText(CATALOGUE, new Timetable(CATALOGUE, Fixtures.CLOCK), Fixtures.CLOCK);
    final OutboxOnH2 outbox = new OutboxOnH2(sender, Fixtures.CLOCK);
    final TextDetailsToPhone textDetails = new TextDetailsToPhone(CATALOGUE, details, outbox.outbox);

    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void listenToTheLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logs);
    }

    @Test
    void textsTheItemsDetailsToTheTypedMobile() {
        TextSent sent = textDetails.send("fg-job-club", "four-greens", "07700 900123");

        assertThat(sender.sent).singleElement().satisfies(message -> {
            assertThat(message.to().e164()).isEqualTo("+447700900123");
            assertThat(message.body()).isEqualTo(details.detailsFor(CATALOGUE.item("fg-job-club").orElseThrow(),
                    "four-greens")).startsWith("Job club\n");
        });
        assertThat(sent).isEqualTo(new TextSent("+44*******123", sender.sent.get(0).segments()));
        assertThat(sent.segments()).isBetween(1, 2);
        assertThat(outbox.onlyState()).as("queued and sent at once").isEqualTo(DeliveryState.QUEUED);
    }

    @Test
    void aCarrierHavingABadMomentLeavesTheTextQueuedForTheWorker() {
        FaultySmsSender failing = new FaultySmsSender().failRetryably(1.0);
        OutboxOnH2 queued = new OutboxOnH2(failing, Fixtures.CLOCK);

        TextSent sent = new TextDetailsToPhone(CATALOGUE, details, queued.outbox).send("fg-job-club", null,
                "07700 900123");

        assertThat(sent.maskedNumber()).isEqualTo("+44*******123");
        assertThat(failing.calls()).isOne();
        assertThat(queued.onlyState()).isEqualTo(DeliveryState.PENDING);
    }

    @Test
    void textsAServiceDetailsForTheHubTheResidentIsAt() {
        textDetails.send("cw-stop-smoking", "southway", "+44 7700 900456");

        assertThat(sender.sent.get(0).body()).contains("Southway Family and Wellbeing Hub");
    }

    @Test
    void aNumberThatWillNotDoIsExplainedAndNothingIsSent() {
        assertThatThrownBy(() -> textDetails.send("fg-job-club", null, "01752 123456"))
                .isInstanceOfSatisfying(InvalidPhoneNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_MOBILE))
                .hasMessage("That looks like a landline number. We can only text mobile numbers, which start 07.");
        assertThatThrownBy(() -> textDetails.send("fg-job-club", null, "07700 9001"))
                .isInstanceOf(InvalidPhoneNumberException.class);
        assertThat(sender.sent).isEmpty();
        assertThat(outbox.count()).isZero();
    }

    @Test
    void anUnknownItemIsAMistakeInTheCaller() {
        assertThatThrownBy(() -> textDetails.send("no-such-thing", null, "07700 900123"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining("no-such-thing");
        assertThat(sender.sent).isEmpty();
    }

    @Test
    void neverLogsTheNumberInFullNorWhatWasTexted() {
        TextDetailsToPhone withLoggingSender = new TextDetailsToPhone(CATALOGUE, details,
                new OutboxOnH2(new LoggingSmsSender(), Fixtures.CLOCK).outbox);

        withLoggingSender.send("fg-job-club", null, "07700 900123");
        assertThatThrownBy(() -> withLoggingSender.send("fg-job-club", null, "07700 900 12"))
                .isInstanceOf(InvalidPhoneNumberException.class);

        assertThat(logs.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("7700900123").doesNotContain("7700 900123").doesNotContain("90012"));
        assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("Text log-").contains(" to +44*******123 ("));
        assertThat(logs.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("Queued a listing's details"));
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContainIgnoringCase("job club").doesNotContain("fg-job-club"));
    }
}
