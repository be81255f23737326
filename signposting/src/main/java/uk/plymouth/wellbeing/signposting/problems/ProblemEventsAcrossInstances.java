package uk.plymouth.wellbeing.signposting.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.database.EventsToOtherInstances;
import uk.plymouth.wellbeing.signposting.database.SharedNotices;

/**
 * Carries every {@link ProblemReportChanged} to the other app instances (as JSON: report id, hub, resolution), sent in
 * the transaction that made the change so it goes only if that commits; on each other instance it comes back as a
 * {@link ProblemReportChangedElsewhere}.
 */
@Component
class ProblemEventsAcrossInstances extends EventsToOtherInstances<ProblemReportChanged> {

    static final String CHANNEL = "hub_problem_events";

    ProblemEventsAcrossInstances(SharedNotices notices, ApplicationEventPublisher events) {
        super(notices, events, CHANNEL, ProblemReportChanged.class, ProblemReportChangedElsewhere::new);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherInstances(ProblemReportChanged event) throws JsonProcessingException {
        send(event);
    }
}
