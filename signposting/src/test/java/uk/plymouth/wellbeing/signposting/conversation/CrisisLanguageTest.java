package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@code content/crisis/phrases.txt} against a hand-labelled set of texts
 * ({@code src/test/resources/crisis/labelled-texts.txt}), and how a broken phrase file is refused.
 */
class CrisisLanguageTest {

    static final Path REAL_FILE = Path.of("..", "content", CrisisLanguage.FILE);
    private static final Logger log = LoggerFactory.getLogger(CrisisLanguageTest.class);

    static CrisisLanguage real() throws IOException {
        return CrisisLanguage.parse(CrisisLanguage.FILE, Files.readString(REAL_FILE, StandardCharsets.UTF_8));
    }

    record Labelled(boolean crisis, String text) {}

    static List<Labelled> labelledSet() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (InputStream in = CrisisLanguageTest.class.getResourceAsStream("/crisis/labelled-texts.txt")) {
            assertThat(in).as("crisis/labelled-texts.txt on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                assertThat(parts[0]).as(line).isIn("crisis", "ordinary");
                set.add(new Labelled(parts[0].equals("crisis"), parts[1]));
            }
        }
        return set;
    }

    @Test
    void findsCrisisTextsAndRarelyRaisesFalseAlarms() throws IOException {
        CrisisLanguage language = real();
        List<Labelled> set = labelledSet();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int crisisTexts = 0;
        for (Labelled text : set) {
            boolean found = language.isCrisis(text.text());
            if (text.crisis()) {
                crisisTexts++;
                if (!found) {
                    missed.add(text.text());
                }
            } else if (found) {
                falseAlarms.add(text.text());
            }
        }
        int ordinaryTexts = set.size() - crisisTexts;
        double recall = 1.0 - (double) missed.size() / crisisTexts;
        double falseAlarmRate = (double) falseAlarms.size() / ordinaryTexts;
        log.info("Crisis language on {} labelled texts ({} crisis, {} ordinary), {} crisis phrases: recall {}%,"
                + " false alarms {}%; missed {}; false alarms {}", set.size(), crisisTexts, ordinaryTexts,
                language.phraseCount(), String.format("%.1f", recall * 100),
                String.format("%.1f", falseAlarmRate * 100), missed, falseAlarms);
        System.out.printf("Crisis language: %d labelled texts (%d crisis, %d ordinary); recall %.1f%%, false alarms"
                + " %.1f%%%nMissed: %s%nFalse alarms: %s%n", set.size(), crisisTexts, ordinaryTexts, recall * 100,
                falseAlarmRate * 100, missed, falseAlarms);

        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.95);
        assertThat(falseAlarmRate).as("false alarms: %s", falseAlarms).isLessThanOrEqualTo(0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"this heat is killing me", "killing time", "I'm dying for a cup of tea",
        "drop dead gorgeous", "my phone died"})
    void everydayWordsAreNotACrisis(String text) throws IOException {
        assertThat(real().isCrisis(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don\u2019t want to be here anymore", "NO POINT GOING ON!!!", "he hits me",
        "suicde", "kil myself", "I'm not suicidal but I want to die"})
    void crisisWordsAreFoundHoweverTheyAreTyped(String text) throws IOException {
        assertThat(real().isCrisis(text)).isTrue();
    }

    @Test
    void anyTextIsSafe() throws IOException {
        CrisisLanguage language = real();
        assertThat(language.isCrisis("")).isFalse();
        assertThat(language.isCrisis("\uD83D\uDE00\uD83D\uDE00")).isFalse();
        assertThat(language.isCrisis("x".repeat(1600))).isFalse();
        assertThat(language.isCrisis("lorem ipsum ".repeat(200) + "kill myself")).isFalse(); // past 400 words
        assertThat(language.isCrisis("\u0623\u062d\u062a\u0627\u062c \u0645\u0633\u0627\u0639\u062f\u0629"))
                .isFalse();
    }

    @Test
    void theFixtureDirectorysCopyIsTheRealFile() throws IOException {
        String copy = Files.readString(Path.of("src", "test", "resources", "fixtures", "content",
                CrisisLanguage.FILE), StandardCharsets.UTF_8);
        assertThat(copy.substring(copy.indexOf('\n') + 1))
                .as("fixtures/content/crisis/phrases.txt is content/crisis/phrases.txt with one comment line on top")
                .isEqualTo(Files.readString(REAL_FILE, StandardCharsets.UTF_8));
    }

    @Test
    void commentsMayFollowARule() {
        CrisisLanguage language = CrisisLanguage.parse("crisis/phrases.txt",
                "kill* myself   # any form of kill\nordinary: killing myself laughing # a joke\nspell: kil = kill #\n");
        assertThat(language.isCrisis("I am killing myself")).isTrue();
        assertThat(language.isCrisis("kil myself")).isTrue();
        assertThat(language.isCrisis("killing myself laughing")).isFalse();
    }

    @Test
    void aBrokenFileIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> CrisisLanguage.parse("crisis/phrases.txt", "# fine\nkill myself\nKill Me!\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("crisis/phrases.txt, line 3: ");
        assertThatThrownBy(() -> CrisisLanguage.parse("crisis/phrases.txt", "spell: suicde suicide\n"))
                .hasMessageStartingWith("crisis/phrases.txt, line 1: ");
        assertThatThrownBy(() -> CrisisLanguage.parse("crisis/phrases.txt", "kill\nsometimes: x\n"))
                .hasMessageStartingWith("crisis/phrases.txt, line 2: unknown kind of line");
        assertThatThrownBy(() -> CrisisLanguage.parse("crisis/phrases.txt", "want to *\n"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> CrisisLanguage.parse("crisis/phrases.txt", "# only comments\n"))
                .hasMessageContaining("no crisis phrases");
    }
}
