package uk.plymouth.wellbeing.signposting.catalogue.store;

/**
 * A load would take more of the live directory away than a slip could explain (a half-copied folder, a mistyped
 * path): it waits for an admin's confirmation and nothing is changed.
 */
public class LargeRemovalException extends RuntimeException {

    /** How the message asks for the confirmation, so screens can offer it. */
    public static final String ASKS_FOR_CONFIRMATION = "an admin must confirm a removal this large";

    private final int removed;
    private final int live;

    public LargeRemovalException(int removed, int live) {
        super("This load would take " + removed + " of the " + live + " live services and activities off the "
                + "directory. Nothing was changed: " + ASKS_FOR_CONFIRMATION + ".");
        this.removed = removed;
        this.live = live;
    }

    public int removed() {
        return removed;
    }

    public int live() {
        return live;
    }
}
