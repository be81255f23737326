package uk.plymouth.wellbeing.signposting.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Carries one kind of event to the other app instances as JSON on a {@link SharedNotices} channel of its own; on
 * each other instance it is published again wrapped as its "...Elsewhere" event. A subclass calls {@link #send} from a
 * {@code BEFORE_COMMIT} transactional listener, so a notice goes only if the change commits.
 *
 * @param <E> the event, a record Jackson can write and read
 */
public abstract class EventsToOtherInstances<E> {

    private final SharedNotices notices;
    private final ApplicationEventPublisher events;
    private final String channel;
    private final Class<E> type;
    private final Function<E, Object> elsewhere;
    private final ObjectMapper json = JsonMapper.builder().build();

    protected EventsToOtherInstances(SharedNotices notices, ApplicationEventPublisher events, String channel,
            Class<E> type, Function<E, Object> elsewhere) {
        this.notices = notices;
        this.events = events;
        this.channel = channel;
        this.type = type;
        this.elsewhere = elsewhere;
        notices.subscribe(channel, this::arrived);
    }

    protected void send(E event) throws JsonProcessingException {
        notices.send(channel, json.writeValueAsString(event));
    }

    private void arrived(String message) {
        try {
            events.publishEvent(elsewhere.apply(json.readValue(message, type)));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("A notice on " + channel + " that is not a " + type.getSimpleName(),
                    unreadable);
        }
    }
}
