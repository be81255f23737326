package uk.plymouth.wellbeing.signposting.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.callback.store.CallbackStore;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * What happens to callback requests outside staff's work on them: a resident's STOP reaching every request of theirs,
 * and the count of overdue requests for monitoring.
 */
@Service
@Transactional
public class CallbackBookkeeping {

    private final CallbackStore store;
    private final Clock clock;

    CallbackBookkeeping(CallbackStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The resident texted STOP: no more texts about any of their requests. Returns how many requests that changed.
     */
    public int stopTexts(PhoneNumber from) {
        Instant now = clock.instant();
        List<UUID> ids = store.optOut(from.e164());
        ids.forEach(id -> store.audit(id, "resident", AuditAction.OPTED_OUT, null, now));
        return ids.size();
    }

    /** Open requests past their due time across every hub, for monitoring (cache it: it counts rows). */
    @Transactional(readOnly = true)
    public OverdueCallbacks overdue() {
        return store.overdue(clock.instant());
    }
}
