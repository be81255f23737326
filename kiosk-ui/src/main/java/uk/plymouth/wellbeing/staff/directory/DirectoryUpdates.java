package uk.plymouth.wellbeing.staff.directory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChanged;
import uk.plymouth.wellbeing.signposting.directory.edit.DirectoryItemChangedElsewhere;

/**
 * Relays directory items saved or published, once committed, to every open directory list, on this instance or on
 * another sharing the database ({@link DirectoryItemChangedElsewhere}), each in its own UI's lock through Vaadin Push.
 * A burst of changes reaches a screen as one update, with the latest of them, so a screen never queues a reload per
 * change (an import saves many items in one go). Each screen reloads what it shows.
 */
@Component
class DirectoryUpdates {

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Calls {@code onChange} inside {@code ui}'s lock after committed changes, until the registration is removed. */
    Registration register(UI ui, Consumer<DirectoryItemChanged> onChange) {
        Listener listener = new Listener(ui, onChange, new AtomicBoolean());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(DirectoryItemChanged change) {
        for (Listener listener : listeners) {
            if (listener.ui().isClosing()) {
                listeners.remove(listener);
            } else if (listener.waiting().compareAndSet(false, true)) {
                listener.ui().access(() -> {
                    listener.waiting().set(false);
                    listener.onChange().accept(change);
                });
            }
        }
    }

    /** A change committed on another app instance. */
    @EventListener
    void changedElsewhere(DirectoryItemChangedElsewhere elsewhere) {
        changed(elsewhere.event());
    }

    int listening() {
        return listeners.size();
    }

    private record Listener(UI ui, Consumer<DirectoryItemChanged> onChange, AtomicBoolean waiting) {}
}
