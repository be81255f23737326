package uk.plymouth.wellbeing.signposting.conversation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texting in Polish: Polish keywords read as ours (POMOC = HELP, WIECEJ = MORE, ZADZWON = CALL, TAK = YES, NIE = NO,
 * POMIN = SKIP, WSTECZ = BACK, ANKIETA = SURVEY, ZLE = WRONG, "dziekuje", "czesc"), and our own words sent back in
 * Polish; a service's own text stays as the hub wrote it. Polish replies are written without Polish letters, as many
 * Polish residents text, so each stays GSM-7 and fits the same two segments as English (Polish letters would make
 * the whole text UCS-2: 134 characters in two segments instead of 306). Words the kiosk's Polish bundle uses are kept
 * ("Centra Dobrostanu w Plymouth", "bank zywnosci").
 */
final class PolishTexting {

    private static final Map<String, String> KEYWORDS = Map.ofEntries(Map.entry("POMOC", "HELP"),
            Map.entry("WIECEJ", "MORE"), Map.entry("DALEJ", "MORE"), Map.entry("ZADZWON", "CALL"),
            Map.entry("ODDZWON", "CALL"), Map.entry("TELEFON", "CALL"), Map.entry("TAK", "YES"),
            Map.entry("NIE", "NO"), Map.entry("POMIN", "SKIP"), Map.entry("WSTECZ", "BACK"),
            Map.entry("COFNIJ", "BACK"), Map.entry("ANKIETA", "SURVEY"), Map.entry("ZLE", "WRONG"),
            Map.entry("BLAD", "WRONG"), Map.entry("DZIEKUJE", "thanks"), Map.entry("DZIEKI", "thanks"),
            Map.entry("CZESC", "hi"), Map.entry("HEJ", "hi"), Map.entry("SZUKAJ", "FIND"));
    private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(Pattern.compile("^(dzien dobry|dobry wieczor|witam|halo)$"), "hi");
        PHRASES.put(Pattern.compile("^(dziekuje|dzieki|dziekuje bardzo|bardzo dziekuje|dziekuje za pomoc)$"),
                "thanks");
        PHRASES.put(Pattern.compile("\\b(zadzwon|zadzwoncie|oddzwon|oddzwoncie)( do mnie| prosze)*$|^prosze o "
                + "(telefon|kontakt)$|\\bchce (porozmawiac|rozmawiac) z (kims|czlowiekiem)\\b"), "call me");
        PHRASES.put(Pattern.compile("\\bnie (piszcie|pisz|wysylajcie|wysylaj)( do mnie| mi)?( wiecej)?\\b|"
                + "\\bnie chce (wiecej )?(smsow|wiadomosci)\\b"), "please stop texting me");
        PHRASES.put(Pattern.compile("^(szukaj|znajdz) (.+)$"), "FIND $2");
    }

    private PolishTexting() {}

    /** The text with a Polish keyword or phrase as ours ("ZADZWON" as "CALL"); else the text as it came. */
    static String ourKeywords(String text) {
        if (text.length() > 80) {
            return text;
        }
        String tidy = Keywords.tidy(TextLanguage.withoutAccents(text));
        String word = tidy.replace(" prosze", "").replace("prosze ", "").toUpperCase(Locale.ROOT);
        if (KEYWORDS.containsKey(word)) {
            return KEYWORDS.get(word);
        }
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            Matcher matcher = phrase.getKey().matcher(tidy);
            if (matcher.find()) {
                return phrase.getValue().contains("$") ? matcher.replaceFirst(phrase.getValue()) : phrase.getValue();
            }
        }
        return text;
    }

    /** One of our replies in Polish: a whole text we wrote, or the frame of a list or details around services. */
    static String inPolish(String english) {
        String whole = PolishReplyTexts.WHOLE.get(english);
        if (whole != null) {
            return whole;
        }
        String polish = english;
        for (Map.Entry<Pattern, String> part : PolishReplyTexts.PARTS.entrySet()) {
            polish = part.getKey().matcher(polish).replaceAll(part.getValue());
        }
        // not ours (the crisis lines are content, in the text's language already): as it was
        return polish.equals(english) ? english : ReplyTexts.fit(polish);
    }
}
