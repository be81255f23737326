package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Opens a content file whose top level is one list, such as {@code services:}, and returns its entries. */
final class YamlDocument {

    private YamlDocument() {}

    static List<YamlMap> entries(ContentFile file, String listKey, String what, Set<String> keys,
            ContentProblems problems) {
        Node root = compose(file, problems);
        if (root == null) {
            return List.of();
        }
        return YamlMap.of(file.name(), root, problems, "the file", Set.of(listKey))
                .map(top -> top.records(listKey, what, keys))
                .orElse(List.of());
    }

    private static Node compose(ContentFile file, ContentProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(file.text()));
            if (root == null) {
                problems.add(file.name(), 0, null, "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            problems.add(file.name(), line, null, "this is not valid YAML: " + e.getProblem()
                    + " (check the indentation and quote any text containing a colon)");
            return null;
        } catch (YAMLException e) {
            problems.add(file.name(), 0, null, "this is not valid YAML: " + e.getMessage());
            return null;
        }
    }
}
