package uk.plymouth.wellbeing.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Relays committed changes of one kind to every open screen that registered for them, each in its own UI's lock
 * through Vaadin Push. A burst of changes reaches a screen as one update, with the latest of them, so a screen never
 * queues a reload per change. Subclasses listen for the change on this instance and on the others sharing the
 * database, and pass it to {@link #relay}.
 *
 * @param <E> the change
 */
public abstract class ScreenUpdates<E> {

    private final List<Listener<E>> listeners = new CopyOnWriteArrayList<>();

    /** Calls {@code onChange} inside {@code ui}'s lock after committed changes, until the registration is removed. */
    public Registration register(UI ui, Consumer<E> onChange) {
        Listener<E> listener = new Listener<>(ui, onChange, new AtomicBoolean());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    protected void relay(E change) {
        for (Listener<E> listener : listeners) {
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

    public int listening() {
        return listeners.size();
    }

    private record Listener<E>(UI ui, Consumer<E> onChange, AtomicBoolean waiting) {}
}
