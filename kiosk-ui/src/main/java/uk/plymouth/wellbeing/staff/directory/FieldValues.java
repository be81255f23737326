package uk.plymouth.wellbeing.staff.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading and writing a form's values in the content files' shape: text, lists of text, nested maps. */
final class FieldValues {

    private FieldValues() {}

    static String text(Map<String, ?> fields, String key) {
        Object value = fields.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    static List<String> words(Map<String, ?> fields, String key) {
        return fields.get(key) instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked") // a form's values are keyed by text, as the content files are
    static List<Map<String, ?>> rows(Map<String, ?> fields, String key) {
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        if (fields.get(key) instanceof Collection<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(row -> rows.add((Map<String, ?>) row));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static Map<String, ?> group(Map<String, ?> fields, String key) {
        return fields.get(key) instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
    }

    static @Nullable LocalDate date(Map<String, ?> fields, String key) {
        return date(text(fields, key));
    }

    static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Puts trimmed text, or nothing when it is blank. */
    static void put(Map<String, Object> fields, String key, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            fields.put(key, text.strip());
        }
    }

    static void put(Map<String, Object> fields, String key, @Nullable LocalDate date) {
        if (date != null) {
            fields.put(key, date.toString());
        }
    }

    static void putList(Map<String, Object> fields, String key, List<?> values) {
        if (!values.isEmpty()) {
            fields.put(key, List.copyOf(values));
        }
    }

    /** "debt, bills,  arrears" as [debt, bills, arrears]. */
    static List<String> commaSeparated(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
