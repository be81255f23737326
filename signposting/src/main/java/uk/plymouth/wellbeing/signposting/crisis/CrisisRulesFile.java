package uk.plymouth.wellbeing.signposting.crisis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a crisis phrase file into {@link CrisisRules}: the line kinds ({@code kind:}, phrases, {@code firm:},
 * {@code alone:}, {@code cue:}, {@code ordinary:}, {@code doubt:}, {@code group:}, {@code spell:}, {@code marker:},
 * {@code letters:}, {@code filler:}; format in {@code content/README.md}), every phrase folded as texts are, and a
 * message naming the file and line of the first problem.
 */
final class CrisisRulesFile {

    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");
    private static final Pattern TIDY_PHRASE = Pattern.compile("[a-z0-9*~@]+( [a-z0-9*~@]+)*");
    private static final Pattern LINE_KIND = Pattern.compile("^([a-z]+):(.*)$");

    private CrisisRulesFile() {}

    /**
     * Reads a phrase file.
     *
     * @param fileName named in problem messages
     * @param language the language its phrases are in ({@code en}, {@code pl})
     * @throws IllegalArgumentException naming the file and line of the first problem, or saying the file has no
     *     crisis phrases
     */
    static CrisisRules parse(String fileName, String language, String text) {
        List<CrisisRules.Phrase> phrases = new ArrayList<>();
        List<List<String>> ordinary = new ArrayList<>();
        List<List<String>> doubts = new ArrayList<>();
        Map<String, List<String>> spellings = new HashMap<>();
        Map<String, List<String>> groups = new HashMap<>();
        Set<String> markers = new HashSet<>();
        Set<String> filler = new HashSet<>();
        StringBuilder letters = new StringBuilder();
        CrisisKind kind = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = TRAILING_COMMENT.matcher(lines[i]).replaceFirst("").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ", line " + (i + 1) + ": ";
            var labelled = LINE_KIND.matcher(line);
            String label = labelled.matches() ? labelled.group(1) : "";
            String rest = labelled.matches() ? labelled.group(2).strip() : line;
            switch (label) {
                case "kind" -> kind = CrisisKind.fromId(rest).orElseThrow(() -> new IllegalArgumentException(where
                        + "unknown kind \"" + rest + "\"; use one of " + kindIds()));
                case "spell" -> {
                    String[] sides = rest.split("=", -1);
                    String from = sides.length == 2 ? TidyWords.fold(sides[0]) : "";
                    String to = sides.length == 2 ? TidyWords.fold(sides[1]) : "";
                    if (from.isEmpty() || from.contains(" ") || to.isEmpty()) {
                        throw new IllegalArgumentException(where + "write a spelling as \"spell: word = words\", not"
                                + " \"" + line + "\"");
                    }
                    spellings.put(from, List.of(to.split(" ")));
                }
                case "group" -> {
                    String[] sides = rest.split("=", -1);
                    String name = sides.length == 2 ? sides[0].strip() : "";
                    List<String> members = sides.length == 2 ? phrase(sides[1], where) : List.of();
                    if (!name.matches("[a-z]+") || members.isEmpty() || members.stream().anyMatch(
                            m -> m.equals("*") || m.equals("~") || m.startsWith("@"))) {
                        throw new IllegalArgumentException(where + "write a group as \"group: name = word word*"
                                + " ...\", then use it in phrases as @name, not \"" + line + "\"");
                    }
                    groups.put(name, members);
                }
                case "ordinary" -> ordinary.add(phrase(rest, where));
                case "doubt" -> doubts.add(phrase(rest, where));
                case "marker" -> markers.addAll(List.of(TidyWords.fold(rest).split(" ")));
                case "filler" -> filler.addAll(List.of(TidyWords.fold(rest).split(" ")));
                case "letters" -> letters.append(rest.replace(" ", ""));
                case "cue", "", "firm", "alone" -> {
                    if (kind == null) {
                        throw new IllegalArgumentException(where + "say which kind of danger the phrases below are"
                                + " first, e.g. \"kind: suicide\"");
                    }
                    phrases.add(new CrisisRules.Phrase(kind, label.equals("cue") ? CrisisRules.Strength.CUE : CrisisRules.Strength.PHRASE,
                            phrase(rest, where), label.equals("firm"), label.equals("alone")));
                }
                default -> throw new IllegalArgumentException(where + "unknown kind of line \"" + label + ":\"; use"
                        + " a phrase, \"kind:\", \"firm:\", \"alone:\", \"cue:\", \"ordinary:\", \"doubt:\","
                        + " \"group:\", \"spell:\", \"marker:\", \"letters:\" or \"filler:\"");
            }
        }
        for (CrisisRules.Phrase phrase : phrases) {
            for (String word : phrase.words()) {
                if (word.startsWith("@") && !groups.containsKey(word.substring(1))) {
                    throw new IllegalArgumentException(fileName + ": no group called " + word + " (write \"group: "
                            + word.substring(1) + " = ...\" in the file)");
                }
            }
        }
        if (phrases.stream().noneMatch(p -> p.strength() == CrisisRules.Strength.PHRASE)) {
            throw new IllegalArgumentException(fileName + ": no crisis phrases at all; the crisis lines would never"
                    + " be sent");
        }
        return new CrisisRules(language, phrases, ordinary, doubts, spellings, groups, markers, letters.toString(),
                filler);
    }

    private static String kindIds() {
        return String.join(", ", Arrays.stream(CrisisKind.values()).map(CrisisKind::id).toList());
    }

    private static List<String> phrase(String written, String where) {
        List<String> tidy = new ArrayList<>();
        for (String token : written.strip().split("\\s+")) {
            boolean stem = token.length() > 1 && token.endsWith("*");
            String folded = token.equals("*") || token.equals("~") ? token
                    : token.startsWith("@") ? "@" + TidyWords.fold(token.substring(1))
                    : TidyWords.fold(stem ? token.substring(0, token.length() - 1) : token);
            if (!folded.isEmpty()) {
                tidy.add(folded + (stem ? "*" : ""));
            }
        }
        String phrase = String.join(" ", tidy);
        if (!TIDY_PHRASE.matcher(phrase).matches() || phrase.matches(".*\\*[a-z0-9@~].*")
                || phrase.matches(".*[a-z0-9*]@.*")) {
            throw new IllegalArgumentException(where + "write phrases as words separated by spaces, a * at the end of"
                    + " a word or on its own, not \"" + written + "\"");
        }
        List<String> words = List.of(phrase.split(" "));
        if (words.get(0).matches("[*~]") || words.get(words.size() - 1).matches("[*~]")) {
            throw new IllegalArgumentException(where + "a phrase cannot start or end with a gap (*): \"" + written
                    + "\"");
        }
        return words;
    }
}
