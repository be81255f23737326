package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.Arrays;

/**
 * Checks {@code synonyms.txt} line by line, so a slip names its line rather than failing the search at start-up.
 */
public final class SynonymsChecker {

    private final ContentProblems problems;

    SynonymsChecker(ContentProblems problems) {
        this.problems = problems;
    }

    /** Every problem with residents' words typed on a screen, each naming its line of {@code synonyms.txt}. */
    public static java.util.List<ContentProblem> problemsWith(String text) {
        ContentProblems problems = new ContentProblems();
        new SynonymsChecker(problems).check(new ContentFile("synonyms.txt", text));
        return problems.list();
    }

    void check(ContentFile file) {
        String[] lines = file.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = problemWith(line);
            if (problem != null) {
                problems.add(file.name(), i + 1, null, problem);
            }
        }
    }

    private static String problemWith(String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            return "a rule can have only one '=>'";
        }
        if (sides.length == 1) {
            String[] words = sides[0].split(",", -1);
            if (words.length < 2) {
                return "list at least two words or phrases separated by commas, or use 'word => other words'";
            }
            return hasEmpty(words) ? "there is an empty entry between commas" : null;
        }
        if (hasEmpty(sides[0].split(",", -1)) || hasEmpty(sides[1].split(",", -1))) {
            return "both sides of '=>' need words, separated by single commas";
        }
        return null;
    }

    private static boolean hasEmpty(String[] words) {
        return Arrays.stream(words).anyMatch(String::isBlank);
    }
}
