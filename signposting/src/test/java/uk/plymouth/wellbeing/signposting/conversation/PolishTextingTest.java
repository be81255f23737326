package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/** Polish by text: which language a text shows, Polish keywords, and every one of our texts in Polish. */
class PolishTextingTest {

    @Test
    void everyWholeTextWeSendHasItsPolishInGsmWithinTwoSegments() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Field> fields = new ArrayList<>(List.of(ReplyTexts.class.getDeclaredFields()));
        fields.addAll(List.of(DialogueTexts.class.getDeclaredFields()));
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                String english = (String) field.get(null);
                String polish = PolishReplyTexts.WHOLE.get(english);
                if (polish == null) {
                    missing.add(field.getName());
                    continue;
                }
                assertThat(SmsText.isGsm(polish)).as(field.getName()).isTrue();
                assertThat(SmsText.segments(polish)).as(field.getName()).isLessThanOrEqualTo(2);
            }
        }
        assertThat(missing).as("texts with no Polish").isEmpty();
    }

    @Test
    void theFramesAroundServicesArePolishAndTheServicesStayAsWritten() {
        String list = ReplyTexts.results("Nearest to PL5 first:", List.of("Food bank - Four Greens, 1.2km",
                "Debt advice - Plymstock"), 1, true);
        String polish = PolishTexting.inPolish(list);
        assertThat(polish).startsWith("Najblizej PL5:\n1 Food bank - Four Greens, 1.2km\n2 Debt advice")
                .endsWith("Odpisz 1-2 - szczegoly, WIECEJ - wiecej, ZADZWON - oddzwonimy.");
        assertThat(PolishTexting.inPolish(ReplyTexts.help("Four Greens", "01632 960300", null)))
                .startsWith("Centra Dobrostanu w Plymouth. Napisz").contains("Four Greens: 01632 960300")
                .endsWith("Zagrozenie? Dzwon 999.");
        String crisisLine = "Jeśli grozi Ci niebezpieczeństwo, dzwoń pod 999.";
        assertThat(PolishTexting.inPolish(crisisLine)).as("not ours: as it was").isEqualTo(crisisLine);
        assertThat(PolishTexting.inPolish("Shall we ring 01752 668000? Reply YES or NO."))
                .isEqualTo("Czy mamy dzwonic pod 01752 668000? Odpisz TAK albo NIE.");
    }

    @Test
    void polishKeywordsAreReadAsOurs() {
        assertThat(PolishTexting.ourKeywords("POMOC")).isEqualTo("HELP");
        assertThat(PolishTexting.ourKeywords("więcej")).isEqualTo("MORE");
        assertThat(PolishTexting.ourKeywords("Zadzwoń do mnie proszę")).isEqualTo("call me");
        assertThat(PolishTexting.ourKeywords("tak")).isEqualTo("YES");
        assertThat(PolishTexting.ourKeywords("Dziękuję bardzo")).isEqualTo("thanks");
        assertThat(PolishTexting.ourKeywords("nie piszcie do mnie więcej")).isEqualTo("please stop texting me");
        assertThat(PolishTexting.ourKeywords("szukaj bank żywności")).isEqualTo("FIND bank zywnosci");
        assertThat(PolishTexting.ourKeywords("potrzebuję pomocy z jedzeniem")).as("a need stays a need")
                .isEqualTo("potrzebuję pomocy z jedzeniem");
    }

    @Test
    void aTextShowsItsLanguageOrNone() {
        assertThat(TextLanguage.of("bank żywności")).contains(TextLanguage.POLISH);
        assertThat(TextLanguage.of("potrzebuje pomocy z jedzeniem, nie mam pieniedzy")).contains(TextLanguage.POLISH);
        assertThat(TextLanguage.of("dziekuje")).contains(TextLanguage.POLISH);
        assertThat(TextLanguage.of("i need a food bank")).contains(TextLanguage.ENGLISH);
        assertThat(TextLanguage.of("help with debt")).contains(TextLanguage.ENGLISH);
        for (String neutral : List.of("1", "STOP", "PL5", "ok", "MORE", "Jan")) {
            assertThat(TextLanguage.of(neutral)).as(neutral).isEmpty();
        }
    }
}
