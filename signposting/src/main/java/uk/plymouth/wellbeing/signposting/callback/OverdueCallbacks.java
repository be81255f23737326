package uk.plymouth.wellbeing.signposting.callback;

/**
 * Open requests (new or claimed) past their due time across every hub, for monitoring.
 *
 * @param all how many
 * @param urgent how many of them are urgent
 */
public record OverdueCallbacks(long all, long urgent) {}
