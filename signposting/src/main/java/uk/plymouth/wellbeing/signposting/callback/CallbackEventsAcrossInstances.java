package uk.plymouth.wellbeing.signposting.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.database.SharedNotices;

/**
 * Carries every {@link CallbackEvent} to the other app instances (as JSON: ids, hub, reference, status, staff
 * username; never a resident's details), sent in the transaction that made the change so it goes only if that
 * commits; on each other instance it comes back as a {@link CallbackEventElsewhere}.
 */
@Component
class CallbackEventsAcrossInstances {

    static final String CHANNEL = "hub_callback_events";

    private final SharedNotices notices;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final Map<String, Class<?>> types = Arrays.stream(CallbackEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    CallbackEventsAcrossInstances(SharedNotices notices, ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
        notices.subscribe(CHANNEL, this::arrived);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherInstances(CallbackEvent event) throws JsonProcessingException {
        notices.send(CHANNEL, json.writeValueAsString(Map.of("type", event.getClass().getSimpleName(),
                "event", event)));
    }

    private void arrived(String message) {
        try {
            JsonNode envelope = json.readTree(message);
            Class<?> type = types.get(envelope.path("type").asText());
            if (type != null) {
                CallbackEvent event = (CallbackEvent) json.treeToValue(envelope.path("event"), type);
                events.publishEvent(new CallbackEventElsewhere(event));
            }
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("A callback notice that is not a callback event", unreadable);
        }
    }
}
