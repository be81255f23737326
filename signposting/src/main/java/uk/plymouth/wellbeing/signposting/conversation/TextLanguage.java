package uk.plymouth.wellbeing.signposting.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The language our own words are sent in by text: English, or Polish for a resident who writes in Polish. Read from
 * each text; a text that shows neither ("1", "ok", "STOP", "PL5") keeps the conversation's language.
 */
enum TextLanguage {
    ENGLISH("en"),
    POLISH("pl");

    /** Letters only Polish uses among the languages residents text in (not ó: Spanish has it too). */
    private static final String POLISH_LETTERS = "ąćęłńśźżĄĆĘŁŃŚŹŻ";
    /** Everyday Polish words residents text, without their accents. */
    private static final Set<String> POLISH_WORDS = Set.of("pomoc", "pomocy", "dziekuje", "dzieki", "dziekujemy",
            "czesc", "dzien", "dobry", "prosze", "potrzebuje", "potrzebuję", "jedzenie", "jedzenia", "jedzeniem",
            "zywnosci", "zywnosc", "pieniedzy", "pieniadze", "nie", "mam", "gdzie", "kiedy", "czy", "dla", "mnie",
            "chce", "szukam", "praca", "pracy", "prace", "mieszkanie", "mieszkania", "dlugi", "dlugow", "zadzwon",
            "zadzwonic", "oddzwon", "wiecej", "tak", "ankieta", "pomin", "wstecz", "jest", "jestem", "sie", "mi",
            "moge", "jak", "ile", "kosztuje", "otwarte", "samotny", "samotna", "samotnosc", "lekarz", "dzieci",
            "dziecko", "czynsz", "rachunki", "rzucic", "palenie", "angielski", "angielskiego", "okej");
    /** Everyday English words residents text (bank and ok are both languages', so neither decides). */
    private static final Set<String> ENGLISH_WORDS = Set.of("i", "im", "need", "help", "the", "and", "for", "with",
            "my", "please", "pls", "thanks", "thank", "you", "hi", "hello", "food", "yes", "what", "where", "when",
            "is", "it", "can", "me", "debt", "money", "want", "looking", "any", "have", "got", "near", "in", "of",
            "to", "a", "do", "does", "how", "much", "free", "open", "call", "ring", "job", "work", "housing");

    private final String code;

    TextLanguage(String code) {
        this.code = code;
    }

    /** "en" or "pl", as the crisis lines and the kiosk's bundles name them. */
    String code() {
        return code;
    }

    static TextLanguage fromCode(String code) {
        return "pl".equals(code) ? POLISH : ENGLISH;
    }

    /** The language the text shows, or empty when it shows none. */
    static Optional<TextLanguage> of(String text) {
        if (text.codePoints().anyMatch(c -> POLISH_LETTERS.indexOf(c) >= 0)) {
            return Optional.of(POLISH);
        }
        String[] words = Keywords.tidy(withoutAccents(text)).split(" ");
        long polish = Arrays.stream(words).filter(POLISH_WORDS::contains).count();
        long english = Arrays.stream(words).filter(ENGLISH_WORDS::contains).count();
        if (polish > english) {
            return Optional.of(POLISH);
        }
        return english > 0 ? Optional.of(ENGLISH) : Optional.empty();
    }

    /** "dziękuję" as "dziekuje", "żywności" as "zywnosci": how many Polish residents text anyway. */
    static String withoutAccents(String text) {
        return Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
