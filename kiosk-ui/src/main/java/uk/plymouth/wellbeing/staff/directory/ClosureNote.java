package uk.plymouth.wellbeing.staff.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A closure's status note as residents read it: the reason, then "Reopens on Tuesday 6 January 2027." when a date is
 * known; and back again, so the form shows the reason and the date apart.
 */
record ClosureNote(String reason, @Nullable LocalDate reopens) {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Pattern REOPENS = Pattern.compile("^(.*?)\\s*Reopens on (\\w+ \\d{1,2} \\w+ \\d{4})\\.$",
            Pattern.DOTALL);

    String text() {
        String why = reason.strip();
        if (reopens == null) {
            return why;
        }
        String sentence = "Reopens on " + IN_WORDS.format(reopens) + ".";
        return why.isEmpty() ? sentence : (why.matches(".*[.!?]$") ? why : why + ".") + " " + sentence;
    }

    static ClosureNote of(@Nullable String note) {
        if (note == null) {
            return new ClosureNote("", null);
        }
        Matcher m = REOPENS.matcher(note.strip());
        if (m.matches()) {
            try {
                return new ClosureNote(m.group(1), LocalDate.parse(m.group(2), IN_WORDS));
            } catch (DateTimeParseException notOurs) {
                return new ClosureNote(note.strip(), null);
            }
        }
        return new ClosureNote(note.strip(), null);
    }
}
