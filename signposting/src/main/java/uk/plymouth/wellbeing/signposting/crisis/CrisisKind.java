package uk.plymouth.wellbeing.signposting.crisis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of danger the check tells apart, most urgent first: when one text holds several, the first in this
 * order chooses which line comes first (999 before a helpline). Each has its own lines in {@code crisis/lines.txt}.
 */
public enum CrisisKind {
    /** Chest pain, cannot breathe, stroke signs, unconscious: 999. */
    MEDICAL("medical", "a medical emergency"),
    /** An overdose already taken: 999. */
    OVERDOSE("overdose", "an overdose taken"),
    /** Immediate danger from another person (a weapon, on their way, outside the door, locked in): 999. */
    DANGER("danger", "danger from another person"),
    /** Suicidal thoughts, plans or means. */
    SUICIDE("suicide", "suicidal thoughts"),
    /** Self-harm. */
    SELF_HARM("self-harm", "self-harm"),
    /** Rape, sexual assault. */
    SEXUAL("sexual", "sexual violence"),
    /** A child at risk or neglected, anyone's child. */
    CHILD("child", "a child at risk"),
    /** Domestic abuse and coercive control. */
    ABUSE("abuse", "domestic abuse"),
    /** An older or vulnerable adult neglected or abused. */
    ADULT("adult", "an adult at risk");

    private final String id;
    private final String inWords;

    CrisisKind(String id, String inWords) {
        this.id = id;
        this.inWords = inWords;
    }

    /** As content files write it: {@code self-harm}. */
    public String id() {
        return id;
    }

    /** For staff, in plain English: why a request was made urgent ("suicidal thoughts"); never the resident's words. */
    public String inWords() {
        return inWords;
    }

    public static Optional<CrisisKind> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }

    /** The more urgent of two kinds (the one earlier in this order). */
    static CrisisKind moreUrgent(CrisisKind a, CrisisKind b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
