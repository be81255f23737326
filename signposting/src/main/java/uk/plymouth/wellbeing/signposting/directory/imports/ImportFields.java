package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source's fields into ours under the same limits the content files have (a name of at most 80 characters,
 * a summary of 160, a phone number that looks like one, a web address that starts with https://), noting what had to
 * be shortened or left out, so an imported item never holds what a content file could not.
 */
final class ImportFields {

    static final int NAME = 80;
    static final int SUMMARY = 160;
    static final int DESCRIPTION = 2000;
    static final int SHORT_TEXT = 300;
    static final int COST = 120;
    static final int PROVIDER = 120;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{3,20}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://\\S+$");

    private final List<String> notes = new ArrayList<>();

    List<String> notes() {
        return List.copyOf(notes);
    }

    void note(String note) {
        notes.add(note);
    }

    /** A text field, or null when the source left it out or empty. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    /** At most {@code max} characters, cut at a word with "..." when longer. */
    String fit(String text, int max, String field) {
        if (text.length() <= max) {
            return text;
        }
        note(field + " shortened to " + max + " characters");
        int cut = text.lastIndexOf(' ', max - 3);
        return text.substring(0, cut > max / 2 ? cut : max - 3).strip() + "...";
    }

    @Nullable String fitOrNull(@Nullable String text, int max, String field) {
        return text == null ? null : fit(text, max, field);
    }

    /** The first sentence, for a summary. */
    String firstSentence(String description) {
        int end = description.indexOf(". ");
        return fit(end > 0 ? description.substring(0, end + 1) : description, SUMMARY, "summary");
    }

    @Nullable String phone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        if (PHONE.matcher(phone).matches() && digits >= 3 && digits <= 15) {
            return phone;
        }
        note("phone \"" + phone + "\" left out: it does not look like a phone number");
        return null;
    }

    @Nullable String email(@Nullable String email) {
        if (email == null || EMAIL.matcher(email).matches()) {
            return email;
        }
        note("e-mail \"" + email + "\" left out: it does not look like an e-mail address");
        return null;
    }

    @Nullable String website(@Nullable String website) {
        if (website == null || WEBSITE.matcher(website).matches()) {
            return website;
        }
        note("web address \"" + website + "\" left out: it does not start with https://");
        return null;
    }

    /** A date the details were last checked: the source's, if it is a real date not after today; else today. */
    LocalDate checkedOn(@Nullable String date, LocalDate today) {
        if (date == null) {
            return today;
        }
        try {
            LocalDate checked = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            return checked.isAfter(today) ? today : checked;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    /** Lower-case words, for matching names and categories. */
    static String plain(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
