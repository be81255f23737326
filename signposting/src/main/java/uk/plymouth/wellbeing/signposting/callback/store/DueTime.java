package uk.plymouth.wellbeing.signposting.callback.store;

import java.time.Instant;

/** When a request made at a hub at {@code requestedAt} is due: the rule the request asks when its urgency changes. */
@FunctionalInterface
public interface DueTime {

    Instant dueAt(String hubId, Instant requestedAt, boolean urgent);
}
