package uk.plymouth.wellbeing.signposting.messaging;

import java.text.Normalizer;
import java.util.Map;

/**
 * The GSM 03.38 alphabet texts are sent in (../shared/design/domain.md 4.1), and plain stand-ins for the characters
 * it lacks.
 */
final class GsmAlphabet {

    /** The basic set, one septet each (the escape at 0x1B left out). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: two septets each (escape, then the character). */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    /** Stand-ins for common characters outside the alphabet; anything else is spelt without accents or dropped. */
    private static final Map<Integer, String> STAND_INS = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"), Map.entry(0x0060, "'"), Map.entry(0x00B4, "'"), Map.entry(0x2039, "'"),
            Map.entry(0x203A, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""), Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"), Map.entry(0x2022, "-"),
            Map.entry(0x00B7, "-"),
            Map.entry(0x2026, "..."), Map.entry(0x2044, "/"), Map.entry(0x00F7, "/"), Map.entry(0x00D7, "x"),
            Map.entry(0x0009, " "), Map.entry(0x00A0, " "), Map.entry(0x2007, " "), Map.entry(0x202F, " "),
            Map.entry(0x00AD, ""), Map.entry(0x200B, ""), Map.entry(0x200C, ""), Map.entry(0x200D, ""),
            Map.entry(0x2060, ""), Map.entry(0xFEFF, ""), Map.entry(0xFE0F, ""),
            Map.entry(0x0153, "oe"), Map.entry(0x0152, "OE"), Map.entry(0x0142, "l"), Map.entry(0x0141, "L"),
            Map.entry(0x0111, "d"), Map.entry(0x0110, "D"), Map.entry(0x00F0, "d"), Map.entry(0x00DE, "Th"),
            Map.entry(0x00FE, "th"), Map.entry(0x00A9, "(c)"), Map.entry(0x00AE, "(R)"), Map.entry(0x2122, "TM"),
            Map.entry(0x00A2, "c"), Map.entry(0x00B0, " degrees"));

    private GsmAlphabet() {}

    static boolean isBasic(int codePoint) {
        return codePoint < 0x10000 && BASIC.indexOf(codePoint) >= 0;
    }

    static boolean isExtension(int codePoint) {
        return codePoint < 0x10000 && EXTENSION.indexOf(codePoint) >= 0;
    }

    static boolean contains(int codePoint) {
        return isBasic(codePoint) || isExtension(codePoint);
    }

    /** The character itself if GSM has it, else a stand-in: "'" for ’, "c" for ç, "" for an emoji. */
    static String standInFor(int codePoint) {
        if (contains(codePoint)) {
            return Character.toString(codePoint);
        }
        String standIn = STAND_INS.get(codePoint);
        if (standIn != null) {
            return standIn;
        }
        if (Character.isSpaceChar(codePoint)) {
            return " ";
        }
        // ç -> c + cedilla, ½ -> 1⁄2, ﬁ -> fi: keep what GSM has, stand in for the rest, drop accents and symbols
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        if (decomposed.equals(Character.toString(codePoint))) {
            return "";
        }
        StringBuilder plain = new StringBuilder();
        decomposed.codePoints()
                .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK)
                .forEach(part -> plain.append(contains(part) ? Character.toString(part)
                        : STAND_INS.getOrDefault(part, "")));
        return plain.toString();
    }
}
