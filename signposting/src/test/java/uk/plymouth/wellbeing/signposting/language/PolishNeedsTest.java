package uk.plymouth.wellbeing.signposting.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.search.QueryTranslation.Translated;
import uk.plymouth.wellbeing.signposting.search.QueryTranslation.Understood;

class PolishNeedsTest {

    private static final PolishNeeds NEEDS = PolishNeeds.parse("pl-needs.txt", """
            # a comment
            jedzeni*, jesc = food
            bank zywnosci, bank jedzenia = food bank   # a phrase beats its words
            dlug, dlugi, dlugow = debt
            samotn* = lonely loneliness
            cukrzyc* = diabetes
            sobot* = saturday
            skip: potrzebuje pomocy nie mam dziekuje
            little: z w i a
            """);

    @Test
    void understandsInflectedFormsWithOrWithoutPolishLetters() {
        assertThat(NEEDS.translate("jedzenie").text()).isEqualTo("food");
        assertThat(NEEDS.translate("jedzeniem").text()).isEqualTo("food");
        assertThat(NEEDS.translate("długów").text()).isEqualTo("debt");
        assertThat(NEEDS.translate("samotność").text()).isEqualTo("lonely loneliness");
        assertThat(NEEDS.translate("samotna").text()).isEqualTo("lonely loneliness");
        assertThat(NEEDS.translate("BANK ŻYWNOŚCI").text()).isEqualTo("food bank");
    }

    @Test
    void saysWhichWordsWereUnderstoodAsTyped() {
        Translated read = NEEDS.translate("potrzebuję pomocy z jedzeniem i długi, w sobotę");
        assertThat(read.text()).isEqualTo("food debt saturday");
        assertThat(read.understood()).containsExactly(new Understood("jedzeniem", "food"),
                new Understood("długi", "debt"), new Understood("sobotę", "saturday"));
    }

    @Test
    void mendsOneSlipOnceTheTextIsPolish() {
        assertThat(NEEDS.translate("nie mam jedzneia").text()).as("a swap in the stem").isEqualTo("food");
        assertThat(NEEDS.translate("mam cukrzyse").text()).isEqualTo("diabetes");
        assertThat(NEEDS.translate("mam subote").text()).as("stem too short for a slip").isEqualTo("subote");
    }

    @Test
    void keepsWordsThatMayBeEnglishOrPlacesAndDropsUnknownPolish() {
        assertThat(NEEDS.translate("jedzenie PL5 plympton").text()).isEqualTo("food PL5 plympton");
        assertThat(NEEDS.translate("jedzenie źdźbło").text()).isEqualTo("food");
    }

    @Test
    void aPolishTextWithNoNeedFindsNothingRatherThanEverything() {
        Translated thanks = NEEDS.translate("dziekuje");
        assertThat(thanks.text()).isEqualTo(Translated.NOTHING);
        assertThat(thanks.understood()).isEmpty();
    }

    @Test
    void leavesEnglishExactlyAsTyped() {
        for (String english : new String[] {"food bank near PL5", "i need help with debt", "a walk on saturday",
                "lonely", "diabetes", "jam"}) {
            assertThat(NEEDS.isPolish(english)).as(english).isFalse();
            assertThat(NEEDS.translate(english)).isEqualTo(Translated.asTyped(english));
        }
    }

    @Test
    void tellsPolishByItsLettersItsWordsOrANeed() {
        assertThat(NEEDS.isPolish("zółty")).isTrue();
        assertThat(NEEDS.isPolish("dziekuje")).isTrue();
        assertThat(NEEDS.isPolish("dlugi")).isTrue();
        assertThat(NEEDS.isPolish("i a z w")).as("little words alone say nothing").isFalse();
        assertThat(PolishNeeds.none().isPolish("dziękuję")).isTrue();
        assertThat(PolishNeeds.none().translate("dziękuję").text()).isEqualTo(Translated.NOTHING);
    }

    @Test
    void aBrokenLineNamesTheFileLineAndField() {
        assertThatThrownBy(() -> PolishNeeds.parse("language/pl-needs.txt", """
                jedzenie = food
                jedzenie food
                dlu* = debt
                praca, , pracy = work
                zupa = soupe żur
                internet = internet
                skip: nie mam-co
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language/pl-needs.txt, line 2: write the resident's words, one '='")
                .hasMessageContaining("language/pl-needs.txt, line 3, field 'polish': \"dlu*\": 'dlu*' is too"
                        + " short")
                .hasMessageContaining("line 4, field 'polish': \"\": empty")
                .hasMessageContaining("line 5, field 'english': \"soupe żur\": plain English words only")
                .hasMessageContaining("line 6, field 'polish': \"internet\": the same as the English")
                .hasMessageContaining("line 7, field 'skip': \"mam-co\" is not one plain word");
    }

    @Test
    void theBundledFileReads() throws Exception {
        try (var in = getClass().getResourceAsStream("/content/" + PolishNeeds.FILE)) {
            PolishNeeds bundled = PolishNeeds.parse(PolishNeeds.FILE, new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(bundled.formCount()).isGreaterThan(300);
            assertThat(bundled.translate("bank żywności").text()).isEqualTo("food bank");
        }
    }
}
