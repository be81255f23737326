package uk.plymouth.wellbeing.signposting.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.Aspect;
import uk.plymouth.wellbeing.signposting.conversation.HubQuestion.AskedDay;

/**
 * The words of a question about a hub itself, as residents text them ("wot time r u opn 2moro", "adress of four
 * grens"): text-speak and common slips made plain, and what each word does in such a question. A word that is none
 * of these (a need: "food", "football") means the text is not a question about a hub.
 */
final class HubWords {

    /** What a word does in a question about a hub, besides asking for an {@link Aspect} or naming a day. */
    enum Role {
        /** Carries no meaning here: "is", "the", "please", "can you tell me". */
        FILLER,
        /** Points back at what was last talked about: "it", "that", "there", "you". */
        CONTEXT,
        /** "hub", "centre": the text is about a hub, even when it names only a place. */
        HUB,
        /** "nearest", "closest". */
        NEAREST,
        /** "near", "nearby", "local": nearest only with the word hub ("hub near PL5"). */
        NEAR,
        /** "what time", "times": hours only when a hub is named ("what time is four greens"). */
        TIMES
    }

    private static final Map<String, Role> ROLES = new HashMap<>();
    private static final Map<String, Aspect> ASPECTS = new HashMap<>();
    private static final Map<String, AskedDay> DAYS = new HashMap<>();
    private static final Map<String, String> TEXT_SPEAK = new HashMap<>();

    /** Phrases made one word before the words are read: "how do i get" is one ask, "bank holiday" one day. */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            Map.entry(Pattern.compile("\\b4 ?greens?\\b"), "four greens"),
            // "what's on at four greens" asks for activities: a search, not the hub's details
            Map.entry(Pattern.compile("\\b(whats|what is|what s|wats|wots) (on|happening|going on)\\b"), "whatson"),
            Map.entry(Pattern.compile("\\bbank hol(iday|idays|s)?\\b|\\bboxing day\\b|\\bnew years?( day)?\\b"
                    + "|\\b(christmas|xmas|easter)\\b"), "bankholiday"),
            Map.entry(Pattern.compile("\\bcar ?park(s|ing)?\\b"), "parking"),
            Map.entry(Pattern.compile("\\bpost code\\b"), "postcode"),
            Map.entry(Pattern.compile("\\bwhere ?abouts\\b"), "whereabouts"),
            Map.entry(Pattern.compile("\\b(phone|fone|tel|telephone|contact) no\\b"), "phone number"),
            Map.entry(Pattern.compile("\\bstep free\\b"), "stepfree"),
            Map.entry(Pattern.compile("\\be mail\\b"), "email"),
            Map.entry(Pattern.compile("\\b(this|2) ?(morning|afternoon|evening|nite|night)\\b|\\bright now\\b"),
                    "today"),
            Map.entry(Pattern.compile("\\bhow (do|can|would|should|could|to|will|d)( i| we| you| u| me| my \\w+)?"
                    + " (get|go|travel)\\b|\\b(get|getting|go|going|travel) (to|2|there)\\b"), "howtoget"),
            Map.entry(Pattern.compile("\\b(what|wat|wot) (time|tym)\\b"), "whattime"));

    static {
        words(Role.FILLER, "a an the is are was be been does do did doing can could will would should shall i im ive"
                + " me my we us our yous what whats which who how when where whens hows please thanks thank ta"
                + " cheers hi hello hiya hey ok okay just know tell let want wanna need like to of for at in on by"
                + " from with about around any some if still usually normally get go goes going gets getting got"
                + " reach find come take mate love x xx and or but so also too late early till until til yet"
                + " right atm am pm much actually currently exactly roughly here more other again one ones anyone"
                + " somebody someone day days plymouth call ring have has up usual usually normal morning mornings"
                + " afternoon afternoons evening evenings into inside");
        words(Role.CONTEXT, "it its that this there theres they them their you ur your ya place");
        words(Role.HUB, "hub hubs centre center centres centers building wellbeing community family");
        words(Role.NEAREST, "nearest closest nearist nearst neerest closer nearer");
        words(Role.NEAR, "near nearby local");
        words(Role.TIMES, "whattime time times");
        aspects(Aspect.HOURS, "open opens opening openings opened close closes closing closed shut shuts hours hour");
        aspects(Aspect.ADDRESS, "where whereabouts address postcode location located situated");
        // not "walk", "park", "lift", "call": "four greens walks" is a search for walks, "call me" a callback
        aspects(Aspect.TRAVEL, "howtoget bus buses parking directions");
        aspects(Aspect.PHONE, "phone phones number numbers tel telephone contact landline");
        aspects(Aspect.ONLINE, "email emails website");
        aspects(Aspect.ACCESS, "wheelchair wheelchairs accessible access accessibility disabled stepfree ramp"
                + " toilet toilets");
        aspects(Aspect.GENERAL, "info information details detail");
        for (AskedDay day : AskedDay.values()) {
            DAYS.put(day.name().toLowerCase(java.util.Locale.ROOT), day);
            if (day.dayOfWeek() != null) {
                DAYS.put(day.name().toLowerCase(java.util.Locale.ROOT) + "s", day);
            }
        }
        DAYS.putAll(Map.of("tonight", AskedDay.TODAY, "now", AskedDay.TODAY, "weekends", AskedDay.WEEKEND,
                "bankholiday", AskedDay.BANK_HOLIDAY));
        speak("what=wat wot wht wut whta; whats=wats wots whts; when=wen wn whn; "
                + "where=wer whr wher wre whre; how=hw; are=r; you=u; your=ur; the=d da; to=2; for=4; "
                + "today=2day 2dy tday tdy tonite; "
                + "tomorrow=2moro 2morro 2morrow 2mrw tmrw tmr tmoro tomoz tomoro tomorow tomorro; "
                + "open=opn opne oepn oppen opem; closed=clsd; phone=fone phne phn fon; "
                + "number=num numba numbr nmbr nbr; address=addy adress addres adres addr adresse; "
                + "postcode=pc; monday=mon; tuesday=tue tues; "
                + "wednesday=wed weds wensday wendsday wednsday wenesday; thursday=thu thur thurs; friday=fri; "
                + "saturday=sat; sunday=sun; hours=hrs; weekend=wknd wkend; near=nr; please=pls plz; "
                + "thanks=ty thx; time=tym; times=tyms");
    }

    /** What slips are mended to, in a fixed order: asking words and days of five letters or more (not "info"). */
    private static final List<String> MENDABLE = java.util.stream.Stream.of(ASPECTS.keySet(), DAYS.keySet(),
            Set.of("nearest", "closest")).flatMap(Set::stream).filter(word -> word.length() >= 5).sorted().toList();

    private HubWords() {}

    /** The text as plain words: lower case, phrases joined, text-speak spelt out ("wer", "were" first: "where"). */
    static List<String> words(String text) {
        String tidy = Keywords.tidy(text);
        for (Map.Entry<Pattern, String> phrase : PHRASES) {
            tidy = phrase.getKey().matcher(tidy).replaceAll(phrase.getValue());
        }
        List<String> words = new ArrayList<>();
        for (String word : tidy.split(" ")) {
            if (!word.isEmpty()) {
                words.add(words.isEmpty() && word.equals("were") ? "where" : TEXT_SPEAK.getOrDefault(word, word));
            }
        }
        return words;
    }

    static @Nullable Role role(String word) {
        return ROLES.get(word);
    }

    static @Nullable Aspect aspect(String word) {
        return ASPECTS.get(word);
    }

    static @Nullable AskedDay day(String word) {
        return DAYS.get(word);
    }

    /** The asking word or day a slip stands for ("opne", "adress", "sundy", "tusday"), else the word as it is. */
    static String mended(String word) {
        if (ROLES.containsKey(word) || ASPECTS.containsKey(word) || DAYS.containsKey(word) || word.length() < 4) {
            return word;
        }
        return MENDABLE.stream().filter(known -> alike(word, known)).findFirst().orElse(word);
    }

    /**
     * Whether a word is the same as a known one but for a slip: same first letter, and one letter wrong, missing,
     * added or swapped with the next (two in words of eight letters or more).
     */
    static boolean alike(String typed, String known) {
        if (typed.equals(known)) {
            return true;
        }
        if (typed.isEmpty() || known.isEmpty() || typed.charAt(0) != known.charAt(0)) {
            return false;
        }
        int allowed = Math.min(typed.length(), known.length()) >= 8 ? 2 : 1;
        return Math.abs(typed.length() - known.length()) <= allowed && slips(typed, known) <= allowed;
    }

    /** Optimal string alignment distance: edits, counting a swap of neighbouring letters as one. */
    private static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static void words(Role role, String words) {
        Arrays.stream(words.split(" ")).forEach(word -> ROLES.put(word, role));
    }

    private static void aspects(Aspect aspect, String words) {
        Arrays.stream(words.split(" ")).forEach(word -> ASPECTS.put(word, aspect));
    }

    /** "what=wat wot; when=wen": each word typed after "=" means the word before it. */
    private static void speak(String meanings) {
        for (String meaning : meanings.split(";\\s*")) {
            String[] meantAndTyped = meaning.split("=");
            Arrays.stream(meantAndTyped[1].split(" ")).forEach(word -> TEXT_SPEAK.put(word, meantAndTyped[0]));
        }
    }
}
