package uk.plymouth.wellbeing.signposting.location;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A UK postcode or just its district (the outward code, such as {@code PL5}), written however a resident types it:
 * {@code pl5 3ab}, {@code PL53AB}, {@code PL5}.
 *
 * @param district the outward code, upper case ("PL5")
 * @param inward the inward code ("3AB"), or null when only the district was given
 */
public record Postcode(String district, @Nullable String inward) {

    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})$");
    private static final Pattern DISTRICT = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)$");

    /** Reads a full postcode or a district; empty when the text is not shaped like either. */
    public static Optional<Postcode> parse(String text) {
        String cleaned = text.trim().toUpperCase(Locale.UK).replaceAll("[\\s.\\-]+", " ").trim();
        if (cleaned.isEmpty() || cleaned.length() > 9) {
            return Optional.empty();
        }
        Matcher full = FULL.matcher(cleaned);
        if (full.matches()) {
            return Optional.of(new Postcode(full.group(1), full.group(2)));
        }
        Matcher district = DISTRICT.matcher(cleaned);
        if (district.matches()) {
            return Optional.of(new Postcode(district.group(1), null));
        }
        return Optional.empty();
    }

    public boolean isFull() {
        return inward != null;
    }

    /** "PL5 3AB", or "PL5" for a district. */
    @Override
    public String toString() {
        return inward == null ? district : district + " " + inward;
    }
}
