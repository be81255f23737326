package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender.LoggedText;

class LoggingSmsSenderTest {

    final LoggingSmsSender sender = new LoggingSmsSender();
    final PhoneNumber number = PhoneNumber.parseUkMobile("07700 900123");

    @Test
    void logsItsIdAndTheNumberMaskedButNeverTheWords() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsSender.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            sender.send(new TextMessage(number, "Money, debt and benefits advice\nEvery Tuesday"));
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).matches("Text log-[0-9a-f-]{36} to \\+44\\*{7}123 \\(1 segment\\)"
                    + " taken, not sent: SMS_PROVIDER is log");
        });
    }

    @Test
    void countsTheSegments() {
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsSender.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            sender.send(new TextMessage(number, "word ".repeat(40)));
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("to +44*******123 (2 segments) taken").doesNotContain("word");
    }

    @Test
    void keepsTheLastFiftyTextsOldestFirst() {
        for (int i = 1; i <= 60; i++) {
            sender.send(new TextMessage(number, "Text " + i));
        }

        assertThat(sender.recent()).hasSize(50);
        assertThat(sender.recent().get(0).body()).isEqualTo("Text 11");
        assertThat(sender.recent().get(49).body()).isEqualTo("Text 60");
    }

    @Test
    void numbersAndTimesTheTextsToEachNumber() {
        PhoneNumber other = PhoneNumber.parseUkMobile("07700 900456");
        LoggingSmsSender timed = new LoggingSmsSender(
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
        timed.send(new TextMessage(number, "First"));
        timed.send(new TextMessage(other, "Not yours"));
        timed.send(new TextMessage(number, "Second"));

        assertThat(timed.recentTo(number)).extracting(LoggedText::number, text -> text.message().body())
                .containsExactly(tuple(1L, "First"), tuple(3L, "Second"));
        assertThat(timed.recentTo(number)).extracting(LoggedText::at)
                .containsOnly(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(timed.lastNumber()).isEqualTo(3);
    }

    @Test
    void neverReusesANumberAfterClearing() {
        sender.send(new TextMessage(number, "Hello"));
        sender.clear();
        sender.send(new TextMessage(number, "Again"));

        assertThat(sender.recentTo(number)).singleElement().extracting(LoggedText::number).isEqualTo(2L);
    }

    @Test
    void forgetsEverythingWhenCleared() {
        sender.send(new TextMessage(number, "Hello"));

        sender.clear();

        assertThat(sender.recent()).isEmpty();
    }

    @Test
    void keepsCountWhenManyKiosksSendAtOnce() throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsSender.class);
        Level level = logger.getLevel();
        logger.setLevel(Level.WARN);
        ExecutorService kiosks = Executors.newFixedThreadPool(8);
        IntStream.range(0, 2000).forEach(i -> kiosks.execute(() -> {
            sender.send(new TextMessage(number, "Text " + i));
            sender.recent();
        }));
        kiosks.shutdown();
        assertThat(kiosks.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        logger.setLevel(level);

        assertThat(sender.recent()).hasSize(50).doesNotContainNull();
    }

    // which sender the application gets

    final ApplicationContextRunner context =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MessagingConfiguration.class));

    @Test
    void theLoggingSenderStandsInWhenNoOtherSenderIsConfigured() {
        context.run(app -> assertThat(app).hasSingleBean(SmsSender.class).hasSingleBean(LoggingSmsSender.class));
    }

    @Test
    void anotherSenderReplacesTheLoggingOne() {
        context.withBean(RecordingSmsSender.class, RecordingSmsSender::new).run(app -> assertThat(app)
                .hasSingleBean(SmsSender.class).getBean(SmsSender.class).isInstanceOf(RecordingSmsSender.class));
    }
}
