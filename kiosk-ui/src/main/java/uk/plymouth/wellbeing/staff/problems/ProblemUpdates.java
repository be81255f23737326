package uk.plymouth.wellbeing.staff.problems;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.base.ScreenUpdates;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChanged;
import uk.plymouth.wellbeing.signposting.problems.ProblemReportChangedElsewhere;

/**
 * Problem reports kept or dealt with, once committed, to every open problems screen, on this instance or on another
 * sharing the database ({@link ProblemReportChangedElsewhere}). Each screen decides for itself whether a change
 * concerns its hubs.
 */
@Component
class ProblemUpdates extends ScreenUpdates<ProblemReportChanged> {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ProblemReportChanged change) {
        relay(change);
    }

    /** A change committed on another app instance. */
    @EventListener
    void changedElsewhere(ProblemReportChangedElsewhere elsewhere) {
        relay(elsewhere.event());
    }
}
