package uk.plymouth.wellbeing.signposting.directory.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.store.ItemJson;

/** Compares two versions of a record field by field, and keeps the comparison as JSON with the version. */
public final class FieldChanges {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("hubIds", "Hubs"), Map.entry("hubId", "Hub"), Map.entry("whoFor", "Who it is for"),
            Map.entry("statusNote", "Status note"), Map.entry("lastVerified", "Last checked"),
            Map.entry("bookingNeeded", "Booking needed"), Map.entry("bookingNote", "Booking note"),
            Map.entry("firstDate", "First date"), Map.entry("exceptDates", "Not on these dates"),
            Map.entry("periods", "Only between (term dates)"), Map.entry("openingHours", "Opening hours"),
            Map.entry("gettingThere", "Getting there"), Map.entry("sportsHub", "Sports hub"));

    private FieldChanges() {}

    /** Every field that differs; before null means a new item. */
    public static List<FieldChange> between(@Nullable Object before, Object after) {
        Map<String, String> old = before == null ? Map.of() : flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = old.get(field);
            String is = now.get(field);
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    public static String toJson(List<FieldChange> changes) {
        try {
            return ItemJson.MAPPER.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the changes as JSON", e);
        }
    }

    public static List<FieldChange> fromJson(String json) {
        try {
            return ItemJson.MAPPER.readValue(json, new TypeReference<List<FieldChange>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes cannot be read back", e);
        }
    }

    /** "contact.phone" → "Contact phone"; known fields get plain names. */
    public static String label(String field) {
        StringBuilder out = new StringBuilder();
        for (String part : field.split("\\.")) {
            String words = LABELS.getOrDefault(part, part.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
            out.append(out.length() == 0 ? words : " " + words.toLowerCase());
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static Map<String, String> flatten(Object record) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", ItemJson.MAPPER.valueToTree(record), fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            if (!node.isEmpty()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
                out.put(path, String.join(", ", items));
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }
}
