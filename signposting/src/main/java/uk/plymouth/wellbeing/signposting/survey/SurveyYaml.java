package uk.plymouth.wellbeing.signposting.survey;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.plymouth.wellbeing.signposting.catalogue.content.FieldNames;

/**
 * One group of fields in a survey file, read field by field. A read that fails records a problem naming the file,
 * the line and the field's path ({@code questions[2].options[1].value}, counting from 1) and returns a harmless
 * value, so reading carries on and finds the other problems.
 */
final class SurveyYaml {

    private final String file;
    private final String path;
    private final Node node;
    private final SurveyProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private SurveyYaml(String file, String path, Node node, SurveyProblems problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** The top of a file; empty (with a problem recorded) when it is not valid YAML or not a group of fields. */
    static Optional<SurveyYaml> open(String file, String text, Set<String> keys, SurveyProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file, 0, null, "the file is empty");
                return Optional.empty();
            }
            return of(file, "", root, problems, "a survey", keys);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, null, "this is not valid YAML: "
                    + e.getProblem() + " (check the indentation and quote any text containing a colon)");
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, null, "this is not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<SurveyYaml> of(String file, String path, Node node, SurveyProblems problems, String what,
            Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, lineOf(node), path.isEmpty() ? null : path,
                    "expected " + what + " with named fields here");
            return Optional.empty();
        }
        SurveyYaml map = new SurveyYaml(file, path, node, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (key.isEmpty()) {
                problems.add(file, lineOf(tuple.getKeyNode()), path.isEmpty() ? null : path,
                        "a field name is missing or not plain text");
            } else if (!keys.contains(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), map.field(key), "is not a field of " + what
                        + FieldNames.suggestion(key, keys));
            } else {
                map.entries.put(key, tuple);
            }
        }
        return Optional.of(map);
    }

    String file() {
        return file;
    }

    /** The path of a field of this group, as named in problems. */
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

    /** A problem with this whole group ("questions[2]"), at its first line. */
    void problem(String message) {
        problems.add(file, line(), path.isEmpty() ? null : path, message);
    }

    void missing(String key) {
        problems.add(file, line(), field(key), "is missing (required)");
    }

    /** Records a problem when the field is given, for fields that make no sense here. */
    void notAllowed(String key, String why) {
        if (entries.containsKey(key)) {
            problem(key, why);
        }
    }

    /** Required text of at most {@code max} characters; "" (with a problem recorded) when missing. */
    String text(String key, int max) {
        String value = optionalText(key, max);
        if (value == null) {
            missing(key);
            return "";
        }
        return value;
    }

    @Nullable
    String optionalText(String key, int max) {
        if (!has(key)) {
            return null;
        }
        Node value = entries.get(key).getValueNode();
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(file, lineOf(value), field(key), "should be plain text, not a list or a group of fields");
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.length() > max) {
            problem(key, "is " + text.length() + " characters long; keep it to " + max + " or fewer");
        }
        return text.isEmpty() ? null : text;
    }

    /** A required whole number from {@code min} to {@code max}; null (with a problem recorded) when wrong. */
    @Nullable
    Integer integer(String key, int min, int max) {
        String text = text(key, 20);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                problem(key, value + " should be a whole number from " + min + " to " + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "\"" + text + "\" should be a whole number from " + min + " to " + max);
            return null;
        }
    }

    /**
     * A required number, without trailing zeros (7.0 and 7.00 are the same band edge); null (with a problem
     * recorded) when missing or not a number.
     */
    @Nullable
    BigDecimal decimal(String key) {
        String text = text(key, 20);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0) : number;
        } catch (NumberFormatException e) {
            problem(key, "\"" + text + "\" is not a number");
            return null;
        }
    }

    boolean bool(String key, boolean fallback) {
        String value = optionalText(key, 10);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "\"" + value + "\" should be true or false");
                yield fallback;
            }
        };
    }

    /** A list of groups of fields; each is named {@code key[n]}, counting from 1. */
    List<SurveyYaml> list(String key, boolean required, String what, Set<String> keys) {
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
        List<SurveyYaml> out = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            of(file, field(key) + "[" + (i + 1) + "]", items.get(i), problems, what, keys).ifPresent(out::add);
        }
        return out;
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getValue().isBlank() || scalar.getTag().getValue().endsWith(":null"));
    }
}
