package uk.plymouth.wellbeing.staff.callbacks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.callback.CallbackEvent;
import uk.plymouth.wellbeing.signposting.callback.CallbackEventElsewhere;

/**
 * Relays callback events, once they are committed, to every open staff screen that listens: each gets the event in
 * its own UI's lock through Vaadin Push, whichever channel or screen made the change, on this instance or on another
 * one sharing the database ({@link CallbackEventElsewhere}, through PostgreSQL's LISTEN/NOTIFY). Events carry no
 * resident details, and each screen decides for itself whether an event concerns its hubs.
 */
@Component
class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Calls {@code onEvent} inside {@code ui}'s lock for every committed change, until the registration is removed. */
    Registration register(UI ui, Consumer<CallbackEvent> onEvent) {
        Listener listener = new Listener(ui, onEvent);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(CallbackEvent event) {
        for (Listener listener : listeners) {
            if (listener.ui().isClosing()) {
                listeners.remove(listener);
                continue;
            }
            listener.ui().access(() -> listener.onEvent().accept(event));
        }
        log.debug("Callback {} {}: told {} staff screens", event.reference(), event.status(), listeners.size());
    }

    /** A change committed on another app instance. */
    @EventListener
    void changedElsewhere(CallbackEventElsewhere elsewhere) {
        changed(elsewhere.event());
    }

    int listening() {
        return listeners.size();
    }

    private record Listener(UI ui, Consumer<CallbackEvent> onEvent) {}
}
