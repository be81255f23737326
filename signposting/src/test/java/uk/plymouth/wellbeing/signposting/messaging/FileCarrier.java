package uk.plymouth.wellbeing.signposting.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A carrier at the network edge whose record is a file, shared by every JVM that sends through it, as a real carrier
 * is shared by every app instance. A send waits {@code before} (the request on its way), then <em>takes</em> the text:
 * appends {@code id TAB number TAB words} to the file and forces it to disk; then waits {@code after} (the answer on
 * its way back) and returns the id. A JVM killed during {@code after} leaves a text the carrier took and the outbox
 * never heard about: the window this carrier exists to open. Look-ups read the file, as Twilio's message list would.
 */
final class FileCarrier implements SmsSender {

    static final String FIELD = "\t";

    private final Path file;
    private final Duration before;
    private final Duration after;

    FileCarrier(Path file, Duration before, Duration after) {
        this.file = file;
        this.before = before;
        this.after = after;
    }

    /** One text the carrier took. */
    record Taken(String id, String to, String body) {
        static Taken parse(String line) {
            String[] fields = line.split(FIELD, 3);
            return new Taken(fields[0], fields[1], fields[2]);
        }
    }

    @Override
    public SentText send(TextMessage message) {
        pause(before);
        String id = "FC" + UUID.randomUUID().toString().replace("-", "");
        String line = id + FIELD + message.to().e164() + FIELD + message.body().replace('\n', ' ') + "\n";
        synchronized (this) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                // one write of a short line with O_APPEND: whole, even with other JVMs appending at once
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("The carrier's record could not be written", e);
            }
        }
        pause(after);
        return new SentText(id);
    }

    @Override
    public Lookup lookUp(TextMessage message, Instant since) {
        List<String> ids = new ArrayList<>();
        for (Taken taken : taken(file)) {
            if (taken.to().equals(message.to().e164()) && taken.body().equals(message.body())) {
                ids.add(taken.id());
            }
        }
        Collections.reverse(ids);
        return Lookup.took(ids);
    }

    /** Everything the carrier took so far, oldest first. */
    static List<Taken> taken(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty())
                    .map(Taken::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The carrier's record could not be read", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
