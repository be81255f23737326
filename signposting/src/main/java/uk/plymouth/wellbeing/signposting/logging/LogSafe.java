package uk.plymouth.wellbeing.signposting.logging;

import org.jspecify.annotations.Nullable;

/**
 * Text from outside, made safe to log: every control character (CR, LF, tab, escape, DEL, the C1 controls and the
 * Unicode line and paragraph separators) becomes a visible escape such as {@code \r}, {@code \n} or {@code \u001b},
 * so nobody can start a forged log line or hide one with terminal codes; a backslash is doubled so an escape can
 * always be told from the characters {@code \n} typed; and anything longer than {@value #MAX_LENGTH} characters is
 * cut, saying how long it was. Log what came from outside as {@code LogSafe.text(value)}.
 */
public final class LogSafe {

    /** The most characters of one value kept in the log. */
    public static final int MAX_LENGTH = 200;

    private LogSafe() {}

    /** {@code value} with its control characters escaped, cut to {@value #MAX_LENGTH} characters; "(none)" for null. */
    public static String text(@Nullable String value) {
        return text(value, MAX_LENGTH);
    }

    /** As {@link #text(String)}, keeping at most {@code maxLength} characters of the value. */
    public static String text(@Nullable String value, int maxLength) {
        if (value == null) {
            return "(none)";
        }
        int kept = Math.min(value.length(), maxLength);
        StringBuilder safe = new StringBuilder(kept + 16);
        for (int i = 0; i < kept; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\r':
                    safe.append("\\r");
                    break;
                case '\n':
                    safe.append("\\n");
                    break;
                case '\t':
                    safe.append("\\t");
                    break;
                case '\\':
                    safe.append("\\\\");
                    break;
                default:
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
            }
        }
        if (value.length() > maxLength) {
            safe.append("... (").append(value.length()).append(" characters)");
        }
        return safe.toString();
    }
}
