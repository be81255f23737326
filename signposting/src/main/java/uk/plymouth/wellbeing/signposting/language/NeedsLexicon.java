package uk.plymouth.wellbeing.signposting.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;

/**
 * A language's needs file read ({@code language/pl-needs.txt}; format in {@code content/README.md}): needs as
 * residents write them, each with the English words we search for them, and the words that ask for nothing.
 *
 * @param needs every form of every need, in file order
 * @param skip words of the language that ask for nothing and are not English words: dropped, and they show the
 *     text is in the language
 * @param little short words that ask for nothing but may be English too ("a", "i", "to"): dropped from a text
 *     already known to be in the language, and show nothing
 */
record NeedsLexicon(List<Need> needs, Set<String> skip, Set<String> little) {

    static final int MIN_STEM = 4;
    /** A slip is looked for only after a stem this long: "pisan(iu)" is not "pijan*". */
    static final int MIN_FUZZY_STEM = 6;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+\\*?( [a-z0-9]+\\*?)*");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z0-9' ]+");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");

    NeedsLexicon {
        needs = List.copyOf(needs);
        skip = Set.copyOf(skip);
        little = Set.copyOf(little);
    }

    /** One way of writing a need: its words (a word ending in '*' matches any word starting so). */
    record Need(List<String> words, String english) {

        boolean matchesAt(List<PolishWords.Word> text, int at) {
            if (at + words.size() > text.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                if (!matches(words.get(i), text.get(at + i).folded())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a single-word need is one slip away from {@code word} (only for words long enough to tell). */
        boolean nearlyMatches(String word) {
            if (words.size() != 1 || word.length() < 5) {
                return false;
            }
            String form = words.get(0);
            if (!form.endsWith("*")) {
                return form.length() >= 5 && PolishWords.oneSlipApart(form, word);
            }
            String stem = form.substring(0, form.length() - 1);
            for (int length = stem.length() - 1; length <= stem.length() + 1 && length <= word.length(); length++) {
                if (stem.length() >= MIN_FUZZY_STEM && PolishWords.oneSlipApart(stem, word.substring(0, length))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(String form, String word) {
            return form.endsWith("*") ? word.startsWith(form.substring(0, form.length() - 1)) : word.equals(form);
        }
    }

    static NeedsLexicon empty() {
        return new NeedsLexicon(List.of(), Set.of(), Set.of());
    }

    /**
     * Reads a needs file.
     *
     * @throws IllegalArgumentException naming the file, line and field of every problem
     */
    static NeedsLexicon parse(String fileName, String text) {
        List<Need> needs = new ArrayList<>();
        Set<String> skip = new HashSet<>();
        Set<String> little = new HashSet<>();
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = TRAILING_COMMENT.matcher(lines[i]).replaceFirst("").strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("skip:") || line.startsWith("little:")) {
                String field = line.substring(0, line.indexOf(':'));
                Set<String> into = field.equals("skip") ? skip : little;
                for (String word : line.substring(field.length() + 1).strip().split("\\s+")) {
                    String folded = PolishWords.fold(word);
                    if (!folded.matches("[a-z]+")) {
                        problems.add(new ContentProblem(fileName, number, field, "\"" + word
                                + "\" is not one plain word"));
                    }
                    into.add(folded);
                }
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || line.indexOf('=', equals + 1) >= 0) {
                problems.add(new ContentProblem(fileName, number, null, "write the resident's words, one '=' and"
                        + " the English words to search for (jedzenie, jedzenia = food)"));
                continue;
            }
            String english = line.substring(equals + 1).strip().replaceAll("\\s+", " ");
            if (english.isEmpty() || !ENGLISH.matcher(english).matches()) {
                problems.add(new ContentProblem(fileName, number, "english", english.isEmpty()
                        ? "no English words after '='" : "\"" + english + "\": plain English words only"));
                continue;
            }
            for (String typed : line.substring(0, equals).split(",")) {
                String form = formOf(typed);
                String problem = problemWith(form, english);
                if (problem != null) {
                    problems.add(new ContentProblem(fileName, number, "polish", "\"" + typed.strip() + "\": "
                            + problem));
                } else {
                    needs.add(new Need(List.of(form.split(" ")), english));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems.stream().map(Object::toString).toList()));
        }
        return new NeedsLexicon(needs, skip, little);
    }

    private static String formOf(String typed) {
        String[] words = typed.strip().split("\\s+");
        List<String> folded = new ArrayList<>();
        for (String word : words) {
            folded.add(word.endsWith("*") ? PolishWords.fold(word.substring(0, word.length() - 1)) + "*"
                    : PolishWords.fold(word));
        }
        return String.join(" ", folded);
    }

    private static @Nullable String problemWith(String form, String english) {
        if (form.isEmpty()) {
            return "empty: remove the extra comma";
        }
        if (!FORM.matcher(form).matches()) {
            return "letters, digits and a '*' at the end of a word only";
        }
        for (String word : form.split(" ")) {
            if (word.endsWith("*") && word.length() - 1 < MIN_STEM) {
                return "'" + word + "' is too short to end in '*': at least " + MIN_STEM + " letters before it";
            }
        }
        if ((" " + english.toLowerCase(Locale.ROOT) + " ").contains(" " + form + " ")) {
            return "the same as the English: English words are searched as they are, leave it out";
        }
        return null;
    }
}
