package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping from a content file, read field by field. Every read that fails records a problem with the
 * file, line and field, and returns a harmless value so reading can carry on and find the other problems.
 */
final class YamlMap {

    private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3]):([0-5][0-9])$");

    private final String file;
    private final String path;
    private final Node node;
    private final ContentProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, String path, Node node, ContentProblems problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** Reads a mapping, reporting duplicate and unknown keys. Empty when the node is not a mapping. */
    static Optional<YamlMap> of(String file, Node node, ContentProblems problems, String what, Set<String> keys) {
        return of(file, "", node, problems, what, keys);
    }

    private static Optional<YamlMap> of(String file, String path, Node node, ContentProblems problems, String what,
            Set<String> keys) {
        String here = path.isEmpty() ? null : path;
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, lineOf(node), here, "expected " + what + " with named fields here");
            return Optional.empty();
        }
        YamlMap map = new YamlMap(file, path, node, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (key.isEmpty()) {
                problems.add(file, lineOf(tuple.getKeyNode()), here, "a field name is missing or not plain text");
            } else if (map.entries.containsKey(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), map.field(key), "appears twice in " + what);
            } else if (!keys.contains(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), map.field(key), "is not a field of " + what
                        + FieldNames.suggestion(key, keys));
            } else {
                map.entries.put(key, tuple);
            }
        }
        return Optional.of(map);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    /**
     * The name of a field of this group in problems: the key itself for a record at the top of its file's list
     * ({@code name}), with the path for nested groups ({@code schedule.day}, {@code sessions[2].start}, counting
     * from 1 as surveys do).
     */
    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
        return lineOf(node);
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : lineOf(tuple.getValueNode());
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    void problem(String key, String message) {
        problems.add(file, lineOf(key), field(key), message);
    }

    /** A required piece of text; "" (with a problem recorded) when missing. */
    String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            missing(key);
            return "";
        }
        return value;
    }

    @Nullable
    String optionalText(String key) {
        if (!has(key)) {
            return null;
        }
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(file, lineOf(value), field(key), "should be plain text, not a list or a group of fields");
            return null;
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** Text no longer than {@code max} characters. */
    String text(String key, int max) {
        String value = text(key);
        if (value.length() > max) {
            problem(key, "is " + value.length() + " characters long; keep it to " + max + " or fewer");
        }
        return value;
    }

    /** Optional text no longer than {@code max} characters. */
    @Nullable
    String optionalText(String key, int max) {
        String value = optionalText(key);
        if (value != null && value.length() > max) {
            problem(key, "is " + value.length() + " characters long; keep it to " + max + " or fewer");
        }
        return value;
    }

    /** A list of at most {@code maxEntries} plain values of at most {@code maxLength} characters each. */
    List<String> texts(String key, boolean required, int maxEntries, int maxLength) {
        List<String> values = texts(key, required);
        if (values.size() > maxEntries) {
            problem(key, "has " + values.size() + " entries; keep it to " + maxEntries + " or fewer");
        }
        values.stream().filter(v -> v.length() > maxLength).findFirst().ifPresent(v -> problem(key,
                "\"" + v.substring(0, 20) + "...\" is longer than " + maxLength + " characters"));
        return values;
    }

    /** A list of plain values; a single value is taken as a list of one. */
    List<String> texts(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        Node value = entries.get(key).getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        List<String> out = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    out.add(scalar.getValue().strip());
                } else {
                    problems.add(file, lineOf(item), field(key), "every entry in this list should be plain text");
                }
            }
        } else {
            problems.add(file, lineOf(value), field(key), "should be a list, such as [a, b]");
        }
        if (required && out.isEmpty()) {
            problem(key, "needs at least one entry");
        }
        return out;
    }

    @Nullable
    LocalDate date(String key, boolean required) {
        String value = required ? text(key) : optionalText(key);
        return value == null || value.isEmpty() ? null : parseDate(key, value, lineOf(key));
    }

    @Nullable
    LocalDate parseDate(String key, String value, int line) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(file, line, field(key), "\"" + value + "\" is not a date; write it as 2026-11-24");
            return null;
        }
    }

    @Nullable
    LocalTime time(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            return null;
        }
        return parseTime(key, value, lineOf(key));
    }

    @Nullable
    LocalTime parseTime(String key, String value, int line) {
        var matcher = TIME.matcher(value);
        if (!matcher.matches()) {
            problems.add(file, line, field(key), "\"" + value + "\" is not a time; use the 24-hour clock in quotes, "
                    + "such as \"09:30\" or \"18:00\"");
            return null;
        }
        return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    boolean bool(String key, @Nullable Boolean fallback) {
        String value = fallback == null ? text(key) : optionalText(key);
        if (value == null || value.isEmpty()) {
            return fallback != null && fallback;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "\"" + value + "\" should be true or false");
                yield fallback != null && fallback;
            }
        };
    }

    /** A number in a range; NaN (with a problem recorded) when missing or wrong. */
    double number(String key, double min, double max) {
        String value = text(key);
        if (value.isEmpty()) {
            return Double.NaN;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number)) {
                throw new NumberFormatException("NaN reads as a number but is none");
            }
            if (number < min || number > max) {
                problem(key, value + " is outside the expected range " + min + " to " + max);
                return Double.NaN;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(key, "\"" + value + "\" is not a number");
            return Double.NaN;
        }
    }

    /** One of a fixed set of words, such as a category id. */
    <E> @Nullable E choice(String key, Function<String, Optional<E>> parse, Collection<String> allowed,
            boolean required) {
        String value = required ? text(key) : optionalText(key);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problem(key, "\"" + value + "\" is not one of: " + String.join(", ", allowed)
                    + FieldNames.suggestion(value, allowed));
        }
        return parsed.orElse(null);
    }

    /** A nested group of fields. */
    Optional<YamlMap> map(String key, boolean required, String what, Set<String> keys) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return of(file, field(key), entries.get(key).getValueNode(), problems, what, keys);
    }

    /** A list of nested groups of fields, each named {@code key[n]} in problems, counting from 1. */
    List<YamlMap> maps(String key, boolean required, String what, Set<String> keys) {
        return maps(key, required, what, keys, true);
    }

    /** The records listed at the top of a file ({@code services:}); each names its fields without a path. */
    List<YamlMap> records(String key, String what, Set<String> keys) {
        return maps(key, true, what, keys, false);
    }

    private List<YamlMap> maps(String key, boolean required, String what, Set<String> keys, boolean nested) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(value), field(key), "should be a list, each entry starting with '- '");
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = nested ? field(key) + "[" + (i + 1) + "]" : "";
            of(file, itemPath, items.get(i), problems, what, keys).ifPresent(out::add);
        }
        return out;
    }

    /** Sub-keys of a nested mapping whose keys are data (such as days of the week). */
    Map<String, LineText> textsByKey(String key, boolean required) {
        Map<String, LineText> out = new LinkedHashMap<>();
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return out;
        }
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof MappingNode mapping)) {
            problems.add(file, lineOf(value), field(key), "should be a group of named lines, one per day");
            return out;
        }
        if (required && mapping.getValue().isEmpty()) {
            problem(key, "needs at least one line, such as monday: \"09:00-17:00\"");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v) {
                if (out.putIfAbsent(k.getValue().strip(), new LineText(v.getValue().strip(), lineOf(v))) != null) {
                    problems.add(file, lineOf(k), field(key) + "." + k.getValue().strip(), "appears twice");
                }
            } else {
                problems.add(file, lineOf(tuple.getKeyNode()), field(key),
                        "each line should be like monday: \"09:00-17:00\"");
            }
        }
        return out;
    }

    /** A value together with the line it is on. */
    record LineText(String text, int line) {}

    void problemAt(int line, String key, String message) {
        problems.add(file, line, field(key), message);
    }

    private void missing(String key) {
        problems.add(file, line(), field(key), "is missing (required)");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getValue().isBlank() || scalar.getTag().getValue().endsWith(":null"));
    }
}
