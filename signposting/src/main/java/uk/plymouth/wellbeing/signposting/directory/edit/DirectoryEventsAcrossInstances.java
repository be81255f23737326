package uk.plymouth.wellbeing.signposting.directory.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.database.SharedNotices;

/**
 * Carries every {@link DirectoryItemChanged} to the other app instances (as JSON: kind, id, version, published), sent
 * in the transaction that saved it so it goes only if that commits; on each other instance it comes back as a
 * {@link DirectoryItemChangedElsewhere}. (Search and the kiosks follow the directory's change log instead, which
 * loses nothing; these notices only keep staff screens fresh.)
 */
@Component
class DirectoryEventsAcrossInstances {

    static final String CHANNEL = "hub_directory_events";

    private final SharedNotices notices;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json = JsonMapper.builder().build();

    DirectoryEventsAcrossInstances(SharedNotices notices, ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
        notices.subscribe(CHANNEL, this::arrived);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherInstances(DirectoryItemChanged event) throws JsonProcessingException {
        notices.send(CHANNEL, json.writeValueAsString(event));
    }

    private void arrived(String message) {
        try {
            events.publishEvent(new DirectoryItemChangedElsewhere(json.readValue(message,
                    DirectoryItemChanged.class)));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("A directory notice that is not a directory event", unreadable);
        }
    }
}
