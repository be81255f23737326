package uk.plymouth.wellbeing.signposting.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.database.SharedNotices;

/**
 * Carries every {@link ProblemReportChanged} to the other app instances (as JSON: report id, hub, resolution), sent in
 * the transaction that made the change so it goes only if that commits; on each other instance it comes back as a
 * {@link ProblemReportChangedElsewhere}.
 */
@Component
class ProblemEventsAcrossInstances {

    static final String CHANNEL = "hub_problem_events";

    private final SharedNotices notices;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json = JsonMapper.builder().build();

    ProblemEventsAcrossInstances(SharedNotices notices, ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
        notices.subscribe(CHANNEL, this::arrived);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherInstances(ProblemReportChanged event) throws JsonProcessingException {
        notices.send(CHANNEL, json.writeValueAsString(event));
    }

    private void arrived(String message) {
        try {
            events.publishEvent(new ProblemReportChangedElsewhere(json.readValue(message, ProblemReportChanged.class)));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("A problem notice that is not a problem event", unreadable);
        }
    }
}
