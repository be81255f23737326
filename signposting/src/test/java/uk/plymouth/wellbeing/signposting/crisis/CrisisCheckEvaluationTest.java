package uk.plymouth.wellbeing.signposting.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment.Level;
import uk.plymouth.wellbeing.signposting.crisis.LabelledTexts.Text;

/**
 * The crisis check as it runs (rules of every language, then the classifier with the real in-process model and the
 * real {@code content/crisis/} files) on labelled sets under {@code src/test/resources/crisis/}, each in one of three
 * roles:
 *
 * <ul>
 *   <li><b>development</b> ({@link #DEVELOPMENT}): rules, examples and thresholds are tuned on them; every miss and
 *       false alarm is printed, and together they must meet the bar;
 *   <li><b>spent held-out</b> ({@link #SPENT}): written as held-out sets, measured, and now used as development data
 *       too (printed the same way, texts included); no gate;
 *   <li><b>the gated held-out set</b> ({@link #GATED}): frozen by {@link #GATED_SHA256}, figures printed but never its
 *       texts, and the test fails below {@link #GATED_RECALL_FLOOR} or above {@link #GATED_FALSE_ALARM_CEILING}.
 * </ul>
 *
 * A set is an English file {@code NAME.txt} and, when there is one, a Polish file {@code NAME-pl.txt}. Swapping the
 * gated set for a new one is a change of {@link #GATED} and {@link #GATED_SHA256} (SHA-256 of the English file then
 * the Polish one, as {@code cat NAME.txt NAME-pl.txt | sha256sum} gives it), and of the two gate figures once it has
 * been measured; the set it replaces then goes into {@link #SPENT}.
 */
class CrisisCheckEvaluationTest {

    /** Development sets, tuned on. */
    static final List<String> DEVELOPMENT = List.of("development", "development-2");
    /** Held-out sets that were measured and are now tuned on as well: development data, no gate. */
    static final List<String> SPENT = List.of("heldout", "heldout-2");
    /**
     * The frozen held-out set that gates the build: heldout-3, written 2026-12-07 by a writer who saw no rules,
     * examples or other sets, added after the last tuning and measured once (see the README). Never tune on it.
     */
    static final String GATED = "heldout-3";
    static final String GATED_SHA256 = "207e16716333dfea9eddb11378d6d0a8805cee71589d3918c3418223276f39c4";
    /** Floors a little below what the gated set gave when first measured (see the README): no going back. */
    static final double GATED_RECALL_FLOOR = 0.89;
    static final double GATED_FALSE_ALARM_CEILING = 0.06;
    /** The bar, met on the development sets; not yet on a held-out set. */
    static final double MIN_RECALL = 0.97;
    static final double MAX_FALSE_ALARMS = 0.03;

    /** What the check said of each text of a set. */
    record Outcome(Text text, CrisisAssessment said) {}

    /** Counts for a group of texts. */
    static final class Tally {
        int crisis;
        int found;
        int rightKind;
        int ordinary;
        int alarms;
        int clear;
        int possible;
        int ordinaryClear;
        int ordinaryPossible;
        /** Ordinary texts given the crisis reply alone (sure, asking nothing else): the most harmful false alarm. */
        int ordinaryAlone;

        void add(Outcome outcome) {
            Level level = outcome.said().level();
            if (outcome.text().crisis()) {
                crisis++;
                if (level != Level.NONE) {
                    found++;
                    rightKind += outcome.said().kind() == outcome.text().kind() ? 1 : 0;
                    clear += level == Level.CLEAR ? 1 : 0;
                    possible += level == Level.POSSIBLE ? 1 : 0;
                }
            } else {
                ordinary++;
                if (level != Level.NONE) {
                    alarms++;
                    ordinaryClear += level == Level.CLEAR ? 1 : 0;
                    ordinaryPossible += level == Level.POSSIBLE ? 1 : 0;
                    ordinaryAlone += outcome.said().alone() ? 1 : 0;
                }
            }
        }

        double recall() {
            return crisis == 0 ? 1 : (double) found / crisis;
        }

        double falseAlarms() {
            return ordinary == 0 ? 0 : (double) alarms / ordinary;
        }

        double sureFalseAlarms() {
            return ordinary == 0 ? 0 : (double) ordinaryClear / ordinary;
        }

        double rightKindShare() {
            return found == 0 ? 1 : (double) rightKind / found;
        }

        String row(String name) {
            return String.format("| %s | %d/%d | %.1f%% | %d | %d/%d | %.1f%% |", name, found, crisis, recall() * 100,
                    rightKind, alarms, ordinary, falseAlarms() * 100);
        }

        String summary(String role, String name) {
            return String.format("| %s | %s | %d/%d | %.1f%% | %d/%d | %.1f%% | %d (%.1f%%) | %d | %.0f%% |", role, name,
                    found, crisis, recall() * 100, alarms, ordinary, falseAlarms() * 100, ordinaryClear,
                    sureFalseAlarms() * 100, ordinaryAlone, rightKindShare() * 100);
        }
    }

    static final String SUMMARY_HEAD = "| role | set | crises found | recall | ordinary flagged | false alarms |"
            + " sure false alarms | crisis reply alone | right kind |\n|---|---|---|---|---|---|---|---|---|";

    static List<Outcome> run(CrisisCheck check, LabelledTexts set) {
        return set.texts().stream().map(text -> new Outcome(text, check.assess(text.text()))).toList();
    }

    static Tally overall(List<Outcome> outcomes) {
        Tally tally = new Tally();
        outcomes.forEach(tally::add);
        return tally;
    }

    static String table(String title, List<Outcome> outcomes) {
        Map<CrisisKind, Tally> byKind = new EnumMap<>(CrisisKind.class);
        outcomes.forEach(o -> byKind.computeIfAbsent(o.text().kind(), k -> new Tally()).add(o));
        Tally all = overall(outcomes);
        StringBuilder out = new StringBuilder("\n" + title + "\n| kind | crises found | recall | right kind |"
                + " ordinary flagged | false alarms |\n|---|---|---|---|---|---|\n");
        byKind.forEach((kind, tally) -> out.append(tally.row(kind.id())).append('\n'));
        out.append(all.row("**all**")).append('\n');
        out.append(String.format("Confusion: crisis texts: %d sure (phrase), %d possible (meaning or cue), %d missed;"
                + " ordinary texts: %d sure (%d given the crisis reply alone), %d possible, %d left alone%n",
                all.clear, all.possible, all.crisis - all.found, all.ordinaryClear, all.ordinaryAlone,
                all.ordinaryPossible, all.ordinary - all.alarms));
        return out.toString();
    }

    /** A set's English texts, then its Polish ones when it has a Polish file. */
    static List<LabelledTexts> files(String set) throws Exception {
        List<LabelledTexts> files = new ArrayList<>(List.of(LabelledTexts.read(set + ".txt", "en")));
        if (Files.exists(LabelledTexts.FOLDER.resolve(set + "-pl.txt"))) {
            files.add(LabelledTexts.read(set + "-pl.txt", "pl"));
        }
        return files;
    }

    /**
     * Prints a set's tables (per language when it has two, both together, and the rules alone) and returns what the
     * check said of every text, English first.
     */
    static List<Outcome> measure(CrisisCheck check, String role, String set) throws Exception {
        List<Outcome> all = new ArrayList<>();
        List<LabelledTexts> files = files(set);
        for (LabelledTexts file : files) {
            List<Outcome> outcomes = run(check, file);
            if (files.size() > 1) {
                System.out.println(table("Crisis check, " + role + " " + file.file() + " (" + file.language() + ")",
                        outcomes));
            }
            all.addAll(outcomes);
        }
        System.out.println(table("Crisis check, " + role + " " + set + ", every language", all));
        List<Outcome> rulesAlone = new ArrayList<>();
        for (LabelledTexts file : files) {
            rulesAlone.addAll(run(RealCrisisCheck.rulesOnly(), file));
        }
        System.out.println(table("Crisis check, " + role + " " + set + ", rules alone (no model)", rulesAlone));
        return all;
    }

    /** Every miss, false alarm and wrong kind, with what the rules and the classifier found. */
    static void printMistakes(CrisisCheck check, String set, List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            boolean wrong = o.text().crisis() != o.said().isCrisis()
                    || o.text().crisis() && o.said().kind() != o.text().kind();
            if (wrong) {
                CrisisCheck.Evidence why = check.evidence(o.text().text());
                String what = !o.text().crisis() ? "FALSE-ALARM" : o.said().isCrisis() ? "WRONG-KIND" : "MISSED";
                System.out.printf("MISTAKE %s %s %s %s said %s (rules %s, meaning %s): %s%n", set, what,
                        o.text().crisis() ? "crisis" : "ordinary", o.text().kind().id(), o.said(),
                        ruleMatches(o.text().text()), why.meaning(), o.text().text());
            }
        }
    }

    /** What every language's rules matched in a text: kind, phrase or cue, and the words ("suicide PHRASE 'kms'"). */
    static String ruleMatches(String text) {
        List<String> found = new ArrayList<>();
        for (CrisisRules rules : RealCrisisCheck.rules()) {
            CrisisRules.Reading reading = rules.read(text);
            for (CrisisRules.Match match : reading.matches()) {
                found.add(rules.language() + " " + match.kind().id() + " " + match.strength() + " '" + String.join(" ",
                        reading.words().subList(match.start(), match.end())) + "'");
            }
            if (reading.doubted()) {
                found.add(rules.language() + " doubted");
            }
        }
        return found.toString();
    }

    /**
     * The development sets and the spent held-out sets, each printed per kind and overall, with every mistake to tune
     * on; the development sets together must meet the bar.
     */
    @Test
    void developmentAndSpentSetsPrintEveryMistake() throws Exception {
        CrisisCheck check = RealCrisisCheck.withMeaning();
        List<Outcome> development = new ArrayList<>();
        StringBuilder summary = new StringBuilder("\nCrisis check by set\n" + SUMMARY_HEAD + "\n");
        for (String set : DEVELOPMENT) {
            List<Outcome> outcomes = measure(check, "development", set);
            printMistakes(check, set, outcomes);
            summary.append(overall(outcomes).summary("development", set)).append('\n');
            development.addAll(outcomes);
        }
        List<Outcome> spent = new ArrayList<>();
        for (String set : SPENT) {
            List<Outcome> outcomes = measure(check, "spent held-out", set);
            printMistakes(check, set, outcomes);
            summary.append(overall(outcomes).summary("spent held-out", set)).append('\n');
            spent.addAll(outcomes);
        }
        Tally tally = overall(development);
        summary.append(tally.summary("development", "all")).append('\n');
        summary.append(overall(spent).summary("spent held-out", "all")).append('\n');
        List<Outcome> everything = new ArrayList<>(development);
        everything.addAll(spent);
        summary.append(overall(everything).summary("all tuned on", "all")).append('\n');
        System.out.println(summary);
        assertThat(tally.recall()).as("development recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(tally.falseAlarms()).as("development false alarms").isLessThanOrEqualTo(MAX_FALSE_ALARMS);
    }

    /**
     * How recall and false alarms on the English texts of the development and spent sets move with the two
     * thresholds: how the defaults in {@link CrisisProperties} were chosen. Never the gated set when it is not spent.
     */
    @Test
    void thresholdsOnTheDevelopmentSets() throws Exception {
        CrisisCheck check = RealCrisisCheck.withMeaning();
        List<Text> texts = new ArrayList<>();
        List<String> sets = new ArrayList<>(DEVELOPMENT);
        sets.addAll(SPENT);
        for (String set : sets) {
            texts.addAll(LabelledTexts.read(set + ".txt", "en").texts());
        }
        LabelledTexts set = new LabelledTexts("development and spent (English)", "en", texts);
        List<CrisisCheck.Evidence> evidence = set.texts().stream().map(t -> check.evidence(t.text())).toList();
        StringBuilder out = new StringBuilder("\nThresholds on the English development and spent sets: recall /"
                + " false alarms\n| possible-at \\ cue-at |");
        double[] cues = {0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};
        double[] possibles = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
        for (double cue : cues) {
            out.append(String.format(" %.2f |", cue));
        }
        out.append("\n|---|").append("---|".repeat(cues.length)).append('\n');
        for (double possible : possibles) {
            out.append(String.format("| %.2f |", possible));
            for (double cue : cues) {
                CrisisProperties thresholds = new CrisisProperties(possible, cue, List.of("en", "pl"));
                Tally tally = new Tally();
                for (int i = 0; i < evidence.size(); i++) {
                    tally.add(new Outcome(set.texts().get(i), CrisisCheck.decide(evidence.get(i), thresholds)));
                }
                out.append(String.format(" %.1f / %.1f |", tally.recall() * 100, tally.falseAlarms() * 100));
            }
            out.append('\n');
        }
        System.out.println(out);
        Tally chosen = new Tally();
        for (int i = 0; i < evidence.size(); i++) {
            chosen.add(new Outcome(set.texts().get(i), CrisisCheck.decide(evidence.get(i), RealCrisisCheck.DEFAULTS)));
        }
        assertThat(chosen.found).as("the defaults find at least what the rules alone find").isGreaterThanOrEqualTo(
                overall(run(RealCrisisCheck.rulesOnly(), set)).clear);
        System.out.println("Chosen: possible-at " + RealCrisisCheck.DEFAULTS.possibleAt() + ", cue-at "
                + RealCrisisCheck.DEFAULTS.cueAt() + ": " + chosen.row("development and spent (English)"));
    }

    /**
     * The gated held-out set: unchanged (its SHA-256), printed per kind and overall (figures only, never its texts:
     * reading its mistakes would be tuning on it), and no worse than its gates. The bar (97% recall, at most 3%
     * false alarms) is not met yet; the README says where the figures stand.
     */
    @Test
    void gatedHeldOutSetIsUnchangedAndNoWorseThanMeasured() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (LabelledTexts file : files(GATED)) {
            digest.update(Files.readAllBytes(LabelledTexts.FOLDER.resolve(file.file())));
        }
        assertThat(HexFormat.of().formatHex(digest.digest())).as("%s is frozen: write a new set, never edit it",
                GATED).isEqualTo(GATED_SHA256);
        List<Outcome> all = measure(RealCrisisCheck.withMeaning(), "GATED HELD-OUT", GATED);
        Tally tally = overall(all);
        assertThat(tally.crisis).as("crisis texts in %s", GATED).isPositive();
        assertThat(tally.ordinary).as("ordinary texts in %s", GATED).isPositive();
        System.out.println("\n" + SUMMARY_HEAD + "\n" + tally.summary("gated held-out", GATED));
        System.out.printf("Issue bar (recall >= %.0f%%, false alarms <= %.0f%%) on the gated held-out set: %s%n",
                MIN_RECALL * 100, MAX_FALSE_ALARMS * 100, tally.recall() >= MIN_RECALL
                        && tally.falseAlarms() <= MAX_FALSE_ALARMS ? "met" : "NOT met");
        assertThat(tally.recall()).as("gated held-out recall").isGreaterThanOrEqualTo(GATED_RECALL_FLOOR);
        assertThat(tally.falseAlarms()).as("gated held-out false alarms").isLessThanOrEqualTo(
                GATED_FALSE_ALARM_CEILING);
    }
}
