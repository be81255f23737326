package uk.plymouth.wellbeing.signposting.callback;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tidies what residents and staff type before it is kept: trims, drops control characters (a NUL cannot even be
 * stored in PostgreSQL) and refuses text over its limit with a message that starts with the field's name. Letters,
 * emoji and right-to-left text are kept exactly as typed.
 */
final class ResidentInput {

    /** C0 controls and DEL, except tab and line breaks. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ResidentInput() {}

    /** One line (a name): whitespace runs become one space. Null when nothing is left. */
    static @Nullable String oneLine(@Nullable String typed, String field, int max) {
        if (typed == null) {
            return null;
        }
        return checked(SPACES.matcher(CONTROLS.matcher(typed).replaceAll("")).replaceAll(" ").strip(), field, max);
    }

    /** Free text: line breaks kept, "\r\n" made "\n". Null when nothing is left. */
    static @Nullable String text(@Nullable String typed, String field, int max) {
        if (typed == null) {
            return null;
        }
        return checked(CONTROLS.matcher(typed.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip(),
                field, max);
    }

    private static @Nullable String checked(String tidy, String field, int max) {
        if (tidy.isEmpty()) {
            return null;
        }
        if (tidy.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters, not " + tidy.length()
                    + ". Please make it shorter.");
        }
        return tidy;
    }
}
