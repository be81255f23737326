package uk.plymouth.wellbeing.signposting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    // segments

    @Test
    void aGsmTextOf160CharactersIsOneSegment() {
        assertThat(SmsText.segments("")).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
    }

    @Test
    void aLongGsmTextIsSplitInto153CharacterParts() {
        assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsText.segments("a".repeat(459))).isEqualTo(3);
        assertThat(SmsText.segments("a".repeat(460))).isEqualTo(4);
    }

    @Test
    void extensionCharactersCostTwo() {
        assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(159) + "[")).isEqualTo(2);
        assertThat(SmsText.segments("{}[]~^|\\" + "a".repeat(144))).isEqualTo(1);
    }

    @Test
    void anEscapePairIsNeverSplitBetweenSegments() {
        // 152 septets, then € (2) would straddle the first part's end, so it starts the second part
        assertThat(SmsText.segments("a".repeat(152) + "€" + "a".repeat(152))).isEqualTo(3);
        assertThat(SmsText.segments("a".repeat(151) + "€" + "a".repeat(153))).isEqualTo(2);
    }

    @Test
    void poundsAndGsmAccentsStayInGsm() {
        assertThat(SmsText.isGsm("£2 café, Ñandú? ¿Qué? Søren Åsa Ünal ß")).isFalse();
        assertThat(SmsText.isGsm("£2 café, Ñandu? ¿Qué? Søren Åsa Ünal ß")).isTrue();
        assertThat(SmsText.segments("£".repeat(160))).isEqualTo(1);
    }

    @Test
    void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
        assertThat(SmsText.segments("a".repeat(69) + "’")).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(70) + "’")).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(133) + "ç")).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(134) + "ç")).isEqualTo(3);
    }

    @Test
    void anEmojiIsTwoUcs2UnitsAndIsNotSplit() {
        assertThat(SmsText.segments("😀".repeat(35))).isEqualTo(1);
        assertThat(SmsText.segments("😀".repeat(36))).isEqualTo(2);
        // 66 units, then an emoji (2) that would straddle the part's end
        assertThat(SmsText.segments("a".repeat(66) + "😀" + "a".repeat(66))).isEqualTo(3);
    }

    // toGsm

    @Test
    void replacesTypographersPunctuation() {
        assertThat(SmsText.toGsm("Don’t ‘worry’ – “it’s” fine… honestly—really"))
                .isEqualTo("Don't 'worry' - \"it's\" fine... honestly-really");
    }

    @Test
    void replacesUnusualSpacesAndDropsInvisibleOnes() {
        assertThat(SmsText.toGsm("10\u00A0am\u202Fto\u2009noon\u200B\u00AD\tok")).isEqualTo("10 am to noon ok");
    }

    @Test
    void keepsWhatGsmHas() {
        String gsm = "£3 café, Ça va? €5 [note] {x} ^ ~ | \\ @ ¥ è ù ì ò Ø Å Æ ß É Ä Ö Ñ Ü § ¿ ä ö ñ ü à ¤ _";
        assertThat(SmsText.toGsm(gsm)).isEqualTo(gsm);
        assertThat(SmsText.toGsm("Line one\nLine two")).isEqualTo("Line one\nLine two");
    }

    @Test
    void spellsOtherLettersWithoutTheirAccents() {
        assertThat(SmsText.toGsm("façade naïve crème brûlée Zoë Łódź œuvre")).isEqualTo(
                "facade naive crème brulée Zoe Lodz oeuvre");
    }

    @Test
    void dropsEmojiAndSymbolsGsmCannotShow() {
        assertThat(SmsText.toGsm("Hi 👋 there ✨")).isEqualTo("Hi  there ");
        assertThat(SmsText.toGsm("½ price")).isEqualTo("1/2 price");
        assertThat(SmsText.isGsm(SmsText.toGsm("Talking café – someone to talk to 😀 “quotes” ç"))).isTrue();
    }

    // fit

    @Test
    void aTextThatFitsIsLeftAlone() {
        String text = "a".repeat(306);
        assertThat(SmsText.fit(text, 2)).isSameAs(text);
    }

    @Test
    void cutsAfterAWholeWordAndAddsAnEllipsis() {
        String text = "Knit and natter every other Wednesday, with tea. " + "word ".repeat(40);

        String fitted = SmsText.fit(text, 1);

        assertThat(SmsText.segments(fitted)).isEqualTo(1);
        assertThat(fitted).hasSizeLessThanOrEqualTo(160).endsWith("word...").startsWith("Knit and natter");
        assertThat(fitted.length()).isGreaterThan(150);
    }

    @Test
    void dropsPunctuationBeforeTheEllipsis() {
        String text = "one, two. " + "x".repeat(160);
        assertThat(SmsText.fit(text, 1)).isEqualTo("one, two...");
    }

    @Test
    void cutsInsideAWordThatIsLongerThanTheText() {
        String fitted = SmsText.fit("a".repeat(400), 1);
        assertThat(fitted).isEqualTo("a".repeat(157) + "...");
    }

    @Test
    void fitsUcs2TextsToTheirSmallerSegments() {
        String text = "Café ’round the corner, ".repeat(10);
        String fitted = SmsText.fit(text, 2);
        assertThat(SmsText.segments(fitted)).isEqualTo(2);
        assertThat(fitted).hasSizeLessThanOrEqualTo(134).endsWith("...");
    }

    @Test
    void fitsToMoreSegmentsWhenAllowed() {
        String text = "word ".repeat(100);
        assertThat(SmsText.segments(SmsText.fit(text, 3))).isEqualTo(3);
        assertThat(SmsText.fit(text, 3).length()).isGreaterThan(450);
    }

    @Test
    void needsAtLeastOneSegment() {
        assertThatThrownBy(() -> SmsText.fit("hello", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
