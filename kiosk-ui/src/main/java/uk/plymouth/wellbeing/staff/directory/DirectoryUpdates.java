package uk.plymouth.wellbeing.staff.directory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.base.ScreenUpdates;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChanged;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChangedElsewhere;

/**
 * Directory items saved or published, once committed, to every open directory list, on this instance or on another
 * sharing the database ({@link DirectoryItemChangedElsewhere}); an import saves many in one go, and a screen gets
 * one update for the burst. Each screen reloads what it shows.
 */
@Component
class DirectoryUpdates extends ScreenUpdates<DirectoryItemChanged> {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(DirectoryItemChanged change) {
        relay(change);
    }

    /** A change committed on another app instance. */
    @EventListener
    void changedElsewhere(DirectoryItemChangedElsewhere elsewhere) {
        relay(elsewhere.event());
    }
}
