package uk.plymouth.wellbeing.signposting.messaging;

import java.util.ArrayList;
import java.util.List;

/** A sender that sends nothing and remembers every text it was handed. */
final class RecordingSmsSender implements SmsSender {

    final List<TextMessage> sent = new ArrayList<>();

    @Override
    public SentText send(TextMessage message) {
        sent.add(message);
        return new SentText("recorded-" + sent.size());
    }
}
