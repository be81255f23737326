package uk.plymouth.wellbeing.signposting.staff;

/** Someone who is not an enabled, unlocked admin tried to manage staff accounts. Nothing was changed. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String actor) {
        super("Only an admin can manage staff accounts, and '" + actor + "' is not one");
    }
}
