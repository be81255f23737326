package uk.plymouth.wellbeing.signposting.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.crisis.CrisisAssessment.Level;
import uk.plymouth.wellbeing.signposting.crisis.LabelledTexts.Text;

/**
 * The crisis check as it runs (rules of every language, then the classifier with the real in-process model and the
 * real {@code content/crisis/} files) on the development sets, which rules, examples and thresholds are tuned on, and
 * on the frozen held-out sets, written by people who never saw them and never tuned on. Prints recall and false
 * alarms per kind and overall, and the confusion table the README publishes. For the held-out sets only figures are
 * printed, never their texts: reading their misses would be tuning on them.
 */
class CrisisCheckEvaluationTest {

    /** Written 2026-12-07. If it ever fails after tuning, write a NEW held-out set; never edit this one. */
    static final String HELD_OUT_SHA256 = "c60c20198b53ad81b2e6b8eb5a2cb6f5bfa87054516c31bbd5b04ec147e5cd68";
    static final String HELD_OUT_PL_SHA256 = "1d61d03d7426058743e6be22a1c92103b8485ffbd5863d6e190703ef13d5b070";
    /** Written 2026-12-07 by another writer, for the final measure. */
    static final String HELD_OUT_2_SHA256 = "b0ef3edcd38c1eceb96ba5d96587a2b560afa5fd71a4a548b09a0e8934a2d2c5";
    static final String HELD_OUT_2_PL_SHA256 = "474bcfab9bdd7527e5121e0a441e65b2d08a0f58c73a12660e263ed3bd4fa234";
    /** The bar, met on the development sets; not yet on the held-out sets. */
    static final double MIN_RECALL = 0.97;
    static final double MAX_FALSE_ALARMS = 0.03;
    /** Floors a little below what the final held-out set gave when first measured (see the README): no going back. */
    static final double HELD_OUT_RECALL_FLOOR = 0.90;
    static final double HELD_OUT_FALSE_ALARM_CEILING = 0.14;

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
                }
            }
        }

        double recall() {
            return crisis == 0 ? 1 : (double) found / crisis;
        }

        double falseAlarms() {
            return ordinary == 0 ? 0 : (double) alarms / ordinary;
        }

        String row(String name) {
            return String.format("| %s | %d/%d | %.1f%% | %d | %d/%d | %.1f%% |", name, found, crisis, recall() * 100,
                    rightKind, alarms, ordinary, falseAlarms() * 100);
        }
    }

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
                + " ordinary texts: %d sure, %d possible, %d left alone%n", all.clear, all.possible,
                all.crisis - all.found, all.ordinaryClear, all.ordinaryPossible, all.ordinary - all.alarms));
        return out.toString();
    }

    static List<Outcome> both(CrisisCheck check, String english, String polish) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(run(check, LabelledTexts.read(english, "en")));
        outcomes.addAll(run(check, LabelledTexts.read(polish, "pl")));
        return outcomes;
    }

    /** The development sets: every file pair here is tuned on, and each prints its misses and false alarms. */
    static final List<List<String>> DEVELOPMENT = List.of(List.of("development.txt", "development-pl.txt"),
            List.of("development-2.txt", "development-2-pl.txt"));

    @Test
    void developmentSetsPrintEveryMissAndFalseAlarm() throws Exception {
        CrisisCheck check = RealCrisisCheck.withMeaning();
        List<Outcome> all = new ArrayList<>();
        for (List<String> files : DEVELOPMENT) {
            List<Outcome> english = run(check, LabelledTexts.read(files.get(0), "en"));
            List<Outcome> polish = run(check, LabelledTexts.read(files.get(1), "pl"));
            System.out.println(table("Crisis check, " + files.get(0) + ", rules and meaning", english));
            System.out.println(table("Crisis check, " + files.get(1) + " (rules)", polish));
            System.out.println(table("Crisis check, " + files.get(0) + " and " + files.get(1)
                    + ", rules alone (no model)", both(RealCrisisCheck.rulesOnly(), files.get(0), files.get(1))));
            all.addAll(english);
            all.addAll(polish);
        }
        for (Outcome o : all) {
            if (o.text().crisis() != o.said().isCrisis() || o.text().crisis() && o.said().kind() != o.text().kind()) {
                CrisisCheck.Evidence why = check.evidence(o.text().text());
                System.out.printf("DEV %s %s said %s (cue %s, meaning %s): %s%n", o.text().crisis() ? "crisis"
                        : "ordinary", o.text().kind().id(), o.said(), why.cue(), why.meaning(), o.text().text());
            }
        }
        Tally tally = overall(all);
        assertThat(tally.recall()).as("development recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(tally.falseAlarms()).as("development false alarms").isLessThanOrEqualTo(MAX_FALSE_ALARMS);
    }

    /**
     * How recall and false alarms on the English development set move with the two thresholds: how the defaults in
     * {@link CrisisProperties} were chosen. The development set only.
     */
    @Test
    void thresholdsOnTheDevelopmentSet() throws Exception {
        CrisisCheck check = RealCrisisCheck.withMeaning();
        List<Text> texts = new ArrayList<>();
        for (List<String> files : DEVELOPMENT) {
            texts.addAll(LabelledTexts.read(files.get(0), "en").texts());
        }
        LabelledTexts set = new LabelledTexts("development (English)", "en", texts);
        List<CrisisCheck.Evidence> evidence = set.texts().stream().map(t -> check.evidence(t.text())).toList();
        StringBuilder out = new StringBuilder("\nThresholds on the English development sets: recall / false alarms\n"
                + "| possible-at \\ cue-at |");
        double[] cues = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
        double[] possibles = {0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99};
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
                + RealCrisisCheck.DEFAULTS.cueAt() + ": " + chosen.row("development (English)"));
    }

    /**
     * The held-out sets, frozen: {@code heldout*.txt} was measured once after the first round of tuning (82.5% recall,
     * 4.2% false alarms) and never tuned on; {@code heldout-2*.txt} was written later by another writer for the final
     * measure. Both are printed (figures only, never texts) and must not change. The bar (97% recall, at most
     * 3% false alarms) is not met yet: the test fails below the floors measured when this was written, so nothing can
     * quietly get worse; the README says where the figures stand.
     */
    @Test
    void heldOutSetsAreUnchangedAndNoWorseThanMeasured() throws Exception {
        assertThat(LabelledTexts.sha256("heldout.txt")).as("heldout.txt is frozen: write a new set, never edit it")
                .isEqualTo(HELD_OUT_SHA256);
        assertThat(LabelledTexts.sha256("heldout-pl.txt")).as("heldout-pl.txt is frozen").isEqualTo(
                HELD_OUT_PL_SHA256);
        assertThat(LabelledTexts.sha256("heldout-2.txt")).as("heldout-2.txt is frozen").isEqualTo(
                HELD_OUT_2_SHA256);
        assertThat(LabelledTexts.sha256("heldout-2-pl.txt")).as("heldout-2-pl.txt is frozen").isEqualTo(
                HELD_OUT_2_PL_SHA256);
        CrisisCheck check = RealCrisisCheck.withMeaning();
        Tally latest = null;
        for (List<String> files : List.of(List.of("heldout.txt", "heldout-pl.txt"),
                List.of("heldout-2.txt", "heldout-2-pl.txt"))) {
            List<Outcome> english = run(check, LabelledTexts.read(files.get(0), "en"));
            List<Outcome> polish = run(check, LabelledTexts.read(files.get(1), "pl"));
            List<Outcome> all = new ArrayList<>(english);
            all.addAll(polish);
            System.out.println(table("Crisis check, HELD-OUT " + files.get(0) + ", English", english));
            System.out.println(table("Crisis check, HELD-OUT " + files.get(1) + ", Polish", polish));
            System.out.println(table("Crisis check, HELD-OUT " + files.get(0) + " and " + files.get(1)
                    + ", both languages", all));
            System.out.println(table("Crisis check, HELD-OUT " + files.get(0) + " and " + files.get(1)
                    + ", rules alone (no model)", both(RealCrisisCheck.rulesOnly(), files.get(0), files.get(1))));
            assertThat(english.size()).isGreaterThanOrEqualTo(240);
            assertThat(polish.size()).isGreaterThanOrEqualTo(40);
            latest = overall(all);
            assertThat(latest.crisis).isGreaterThanOrEqualTo(120 + 20);
        }
        System.out.printf("Issue bar (recall >= %.0f%%, false alarms <= %.0f%%) on the final held-out set: %s%n",
                MIN_RECALL * 100, MAX_FALSE_ALARMS * 100, latest.recall() >= MIN_RECALL
                        && latest.falseAlarms() <= MAX_FALSE_ALARMS ? "met" : "NOT met");
        assertThat(latest.recall()).as("held-out recall").isGreaterThanOrEqualTo(HELD_OUT_RECALL_FLOOR);
        assertThat(latest.falseAlarms()).as("held-out false alarms").isLessThanOrEqualTo(HELD_OUT_FALSE_ALARM_CEILING);
    }
}
