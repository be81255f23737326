package uk.plymouth.wellbeing.staff.surveys.entry;

/**
 * How a staff-entered survey was taken. Both are stored as staff-assisted: the store has no field for the
 * difference, so it is only said back to staff when the response is saved.
 */
enum HowTaken {
    PAPER("Paper form", "paper form"),
    PHONE("By phone", "by phone");

    final String label;
    final String inSentence;

    HowTaken(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }
}
