package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes records, given as field maps ({@link ItemFields}), as a content file in the style of the bundled files:
 * block style, lists of words and short groups ({@code location}, each session) on one line, times and phone
 * numbers in double quotes, dates and numbers bare, descriptions and other long text folded under {@code >},
 * text over several lines under {@code |}. SnakeYAML's emitter decides every quote, so any text reads back unchanged.
 */
final class YamlText {

    private static final Set<String> QUOTED = Set.of("start", "end", "phone");
    private static final Set<String> FOLDED = Set.of("description", "getting_there", "accessibility");
    private static final Set<String> ONE_LINE_GROUPS = Set.of("location");
    private static final Set<Tag> BARE = Set.of(Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.TIMESTAMP);
    private static final Pattern BARE_TEXT = Pattern.compile("[-+.\\w]+");
    private static final Resolver RESOLVER = new Resolver();
    private static final int WIDTH = 100;
    private static final int LONG = 90;

    private YamlText() {}

    /** A whole file: {@code listKey:} and each record, with a blank line between records. */
    static String file(String listKey, List<? extends Map<String, ?>> records) {
        if (records.isEmpty()) {
            return listKey + ": []\n";
        }
        StringBuilder out = new StringBuilder(listKey).append(":\n");
        for (int i = 0; i < records.size(); i++) {
            String one = emit(document(listKey, records.get(i)));
            out.append(i == 0 ? "" : "\n").append(one, one.indexOf('\n') + 1, one.length());
        }
        return out.toString();
    }

    private static MappingNode document(String listKey, Map<String, ?> record) {
        Node list = new SequenceNode(Tag.SEQ, List.of(group("", record, false)), FlowStyle.BLOCK);
        return new MappingNode(Tag.MAP, List.of(new NodeTuple(key(listKey), list)), FlowStyle.BLOCK);
    }

    private static Node node(String key, Object value, boolean inList) {
        if (value instanceof Map<?, ?> map) {
            boolean oneLine = ONE_LINE_GROUPS.contains(key)
                    || (inList && map.values().stream().noneMatch(v -> v instanceof Map || v instanceof Collection));
            return group(key, map, oneLine);
        }
        if (value instanceof Collection<?> list) {
            List<Node> items = list.stream().map(item -> node(key, item, true)).toList();
            boolean words = items.stream().allMatch(n -> n.getNodeId() == NodeId.scalar);
            return new SequenceNode(Tag.SEQ, items, words ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        return scalar(key, text(value), false, inList);
    }

    private static MappingNode group(String groupKey, Map<?, ?> map, boolean oneLine) {
        boolean hours = groupKey.equals("opening_hours");
        List<NodeTuple> tuples = new ArrayList<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            Object value = v == null ? "" : v;
            Node node = hours && !(value instanceof Map || value instanceof Collection)
                    ? scalar(key, text(value), !text(value).equalsIgnoreCase("closed"), false)
                    : node(key, value, false);
            tuples.add(new NodeTuple(key(key), node));
        });
        return new MappingNode(Tag.MAP, tuples, oneLine ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    private static ScalarNode scalar(String key, String text, boolean quoted, boolean inList) {
        if (text.contains("\n") && !inList) {
            return new ScalarNode(Tag.STR, text, null, null, ScalarStyle.LITERAL);
        }
        if (((FOLDED.contains(key) && !text.isEmpty()) || text.length() > LONG) && !inList) {
            // a final line break makes it '>' rather than '>-', as people write it; reading strips it again
            return new ScalarNode(Tag.STR, text + "\n", null, null, ScalarStyle.FOLDED);
        }
        if (quoted || QUOTED.contains(key)) {
            return new ScalarNode(Tag.STR, text, null, null, ScalarStyle.DOUBLE_QUOTED);
        }
        // a date, number or true/false without quotes, as people write them; the emitter quotes anything else
        Tag tag = BARE_TEXT.matcher(text).matches() ? RESOLVER.resolve(NodeId.scalar, text, true) : Tag.STR;
        return new ScalarNode(BARE.contains(tag) ? tag : Tag.STR, text, null, null, ScalarStyle.PLAIN);
    }

    /**
     * Words for a value that is not a map or a list: its text ({@code LocalDate} as 2026-11-24), and a
     * {@code java.util.Date}, which SnakeYAML gives for a bare date, as its day in UTC.
     */
    static String text(Object value) {
        return value instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : String.valueOf(value);
    }

    private static ScalarNode key(String key) {
        return new ScalarNode(Tag.STR, key, null, null, ScalarStyle.PLAIN);
    }

    private static String emit(Node node) {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(WIDTH);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(node, out);
        return out.toString();
    }
}
