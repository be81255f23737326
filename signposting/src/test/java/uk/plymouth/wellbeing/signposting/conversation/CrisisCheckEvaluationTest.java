package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.conversation.CrisisLanguageTest.Labelled;
import uk.plymouth.wellbeing.signposting.search.MiniLmEmbedder;
import uk.plymouth.wellbeing.signposting.search.SemanticEmbeddings;

/**
 * Crisis detection as it runs (rules, then meaning with the real in-process model and the real
 * {@code content/crisis/meaning.txt}) on the hand-labelled set, and on a second set of phrasings written apart from
 * the rules ({@code crisis/fresh-texts.txt}). Prints recall and false alarms, rules alone and with meaning, and
 * fails below 95% recall or above 5% false alarms on the labelled set, or if meaning finds fewer crisis texts than
 * the rules alone or raises more than 10% false alarms on the fresh set.
 */
class CrisisCheckEvaluationTest {

    private static CrisisLanguage rules;
    private static CrisisMeaning meaning;

    @BeforeAll
    static void realRulesAndModel() throws IOException {
        rules = CrisisLanguageTest.real();
        meaning = CrisisMeaning.parse(CrisisMeaning.FILE, Files.readString(Path.of("..", "content",
                CrisisMeaning.FILE), StandardCharsets.UTF_8),
                SemanticEmbeddings.using(MiniLmEmbedder.load(MiniLmEmbedder.Variant.QUANTISED), null));
    }

    record Figures(int crisisFound, int crisisTexts, int falseAlarms, int ordinaryTexts, List<String> missed,
            List<String> alarms) {

        double recall() {
            return (double) crisisFound / crisisTexts;
        }

        double falseAlarmRate() {
            return (double) falseAlarms / ordinaryTexts;
        }

        @Override
        public String toString() {
            return String.format("recall %.1f%% (%d of %d), false alarms %.1f%% (%d of %d)", recall() * 100,
                    crisisFound, crisisTexts, falseAlarmRate() * 100, falseAlarms, ordinaryTexts);
        }
    }

    static Figures measure(List<Labelled> set, Predicate<String> isCrisis) {
        int found = 0;
        int crisisTexts = 0;
        int alarms = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Labelled text : set) {
            boolean said = isCrisis.test(text.text());
            if (text.crisis()) {
                crisisTexts++;
                if (said) {
                    found++;
                } else {
                    missed.add(text.text());
                }
            } else if (said) {
                alarms++;
                falseAlarms.add(text.text());
            }
        }
        return new Figures(found, crisisTexts, alarms, set.size() - crisisTexts, missed, falseAlarms);
    }

    static boolean combined(String text) {
        return rules.isCrisis(text) || meaning.isCrisis(text);
    }

    static List<Labelled> fresh() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (InputStream in = CrisisCheckEvaluationTest.class.getResourceAsStream("/crisis/fresh-texts.txt")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    set.add(new Labelled(parts[0].equals("crisis"), parts[1]));
                }
            }
        }
        return set;
    }

    @Test
    void rulesAndMeaningTogetherOnTheLabelledSet() throws IOException {
        List<Labelled> set = CrisisLanguageTest.labelledSet();
        Figures alone = measure(set, rules::isCrisis);
        Figures both = measure(set, CrisisCheckEvaluationTest::combined);
        System.out.printf("Crisis check, labelled set: rules alone %s; rules and meaning %s%nMissed: %s%n"
                + "False alarms: %s%n", alone, both, both.missed(), both.alarms());

        assertThat(set.size()).isGreaterThanOrEqualTo(60);
        assertThat(both.recall()).as("recall, missed: %s", both.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat(both.falseAlarmRate()).as("false alarms: %s", both.alarms()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void meaningFindsPhrasingsTheRulesMissWithFewFalseAlarms() throws IOException {
        List<Labelled> set = fresh();
        Figures alone = measure(set, rules::isCrisis);
        Figures both = measure(set, CrisisCheckEvaluationTest::combined);
        System.out.printf("Crisis check, fresh set: rules alone %s; rules and meaning %s%nMissed: %s%n"
                + "False alarms: %s%n", alone, both, both.missed(), both.alarms());

        assertThat(both.crisisFound()).isGreaterThanOrEqualTo(alone.crisisFound());
        assertThat(both.recall()).as("missed: %s", both.missed()).isGreaterThanOrEqualTo(0.85);
        assertThat(both.falseAlarmRate()).as("false alarms: %s", both.alarms()).isLessThanOrEqualTo(0.10);
    }

    @Test
    void aBrokenExampleFileNamesItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrisisMeaning.parse("crisis/meaning.txt",
                "crisis\tI want to die\nordinary I need food\n", TEST_EMBEDDINGS))
                .hasMessage("crisis/meaning.txt, line 2: write \"crisis\" or \"ordinary\", a tab, then an example"
                        + " sentence");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrisisMeaning.parse("crisis/meaning.txt",
                "crisis\tI want to die\n", TEST_EMBEDDINGS))
                .hasMessage("crisis/meaning.txt: needs examples for ordinary");
    }

    static final SemanticEmbeddings TEST_EMBEDDINGS = SemanticEmbeddings.using(TestEmbedder.INSTANCE, null);

    /** Any embedder will do to read a file: this one is never asked for meaning. */
    enum TestEmbedder implements uk.plymouth.wellbeing.signposting.search.TextEmbedder {
        INSTANCE;

        @Override
        public String modelId() {
            return "unused";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            return new float[] {1, 0};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }
}
