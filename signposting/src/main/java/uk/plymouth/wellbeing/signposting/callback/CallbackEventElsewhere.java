package uk.plymouth.wellbeing.signposting.callback;

/**
 * A {@link CallbackEvent} committed on another app instance, published on this one (through the database) so that
 * its open staff screens can show it. Never acted on as if it happened here: confirmations and the like stay with
 * the instance that made the change.
 */
public record CallbackEventElsewhere(CallbackEvent event) {}
