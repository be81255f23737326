package uk.plymouth.wellbeing.signposting.staff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a staff password strong enough: for new accounts, resets, changes and the first admin from the
 * environment alike. A password must
 * <ul>
 *   <li>have at least {@value #MIN_LENGTH} characters, and at most {@value #MAX_BYTES} bytes in UTF-8 (BCrypt
 *       ignores the rest);
 *   <li>not be one of the commonest passwords, ignoring case and digits or symbols added at either end (so
 *       {@code Password123!} and {@code 2024welcome!!} count as common), nor one character repeated;
 *   <li>not be the username, ignoring case and digits or symbols added at either end.
 * </ul>
 * Reasons are written to be shown to staff and never contain the password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** Digits, punctuation and spaces at the ends, which people add to a word to pass a length rule. */
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    /** The commonest passwords and the words they are made from, lower-case, without padding. */
    private static final Set<String> COMMON = Set.of(
            "password", "passw0rd", "p@ssw0rd", "p@ssword", "passwordpassword", "qwerty", "qwertyuiop",
            "qwertyuiopasdfghjkl", "asdfghjkl", "zxcvbnm", "qazwsx", "qazwsxedc", "abc", "abcdef", "abcdefghijkl",
            "letmein", "welcome", "admin", "administrator", "adminadmin", "changeme", "iloveyou", "monkey", "dragon",
            "football", "baseball", "sunshine", "princess", "trustno", "master", "login", "secret", "default", "test",
            "guest", "root", "superman", "starwars", "whatever", "summer", "winter", "spring", "autumn",
            "plymouth", "wellbeing", "wellbeinghub", "hub", "staff", "kiosk", "correcthorsebatterystaple",
            "123456789012", "1234567890123", "12345678901234", "123456789012345", "1234567890123456",
            "098765432109", "0987654321", "123123123123", "121212121212", "112233445566", "147258369147");

    private PasswordPolicy() {}

    /** Why the password will not do for that username, or empty when it will. */
    public static Optional<String> problem(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("it is shorter than " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("it is longer than " + MAX_BYTES + " bytes (fewer characters when it has accents or"
                    + " symbols)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String word = PADDING.matcher(lower).replaceAll("");
        if (COMMON.contains(lower) || COMMON.contains(word) || lower.chars().distinct().count() == 1) {
            return Optional.of("it is one of the commonest passwords, or one with a few digits or symbols added");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String nameWord = PADDING.matcher(name).replaceAll("");
        if (lower.equals(name) || (!nameWord.isEmpty() && word.equals(nameWord))) {
            return Optional.of("it is the same as the username");
        }
        return Optional.empty();
    }

    /**
     * Refuses a password that will not do.
     *
     * @throws WeakPasswordException saying why
     */
    public static void check(String username, String password) {
        Optional<String> problem = problem(username, password);
        if (problem.isPresent()) {
            throw new WeakPasswordException(problem.get());
        }
    }
}
