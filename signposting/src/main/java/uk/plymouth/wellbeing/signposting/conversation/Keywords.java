package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words a text can be besides a search: carriers' opt-out and opt-in keywords (Twilio's, see
 * ../shared/design/domain.md 4.2), HELP, MORE, a number, and plain requests ("please stop texting me", "can
 * someone ring me").
 */
final class Keywords {

    /** Twilio's opt-out words: Twilio blocks the number itself on any of these, so we must agree. */
    static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
            "OPTOUT");
    /** Opt-in words; YES counts only from a number that opted out. */
    static final Set<String> OPT_IN = Set.of("START", "UNSTOP", "YES");
    static final Set<String> HELP = Set.of("HELP", "INFO");
    static final Set<String> MORE = Set.of("MORE", "NEXT");
    static final Set<String> CALL = Set.of("CALL", "CALLBACK", "RING", "PHONE");
    static final Set<String> YES = Set.of("YES", "Y", "YEP", "YEAH", "YA", "OK", "OKAY", "AGREE", "SURE");
    static final Set<String> NO = Set.of("NO", "N", "NOPE", "NAH");

    /** One word, perhaps with spaces, punctuation or emoji around it ("Stop.", " STOP! ", "opt-out"). */
    private static final Pattern ONE_WORD = Pattern.compile(
            "^[\\p{P}\\p{S}\\s]*([\\p{L}]+(?:[-' ][\\p{L}]+)?)[\\p{P}\\p{S}\\s]*$");
    private static final Pattern NUMBER = Pattern.compile("^[\\s#]*(?:no\\.?\\s*|number\\s*)?(\\d{1,3})[\\s.!)]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> POLITE = Set.of("please", "pls", "plz", "now", "thanks", "thank", "you",
            "thankyou", "ta", "it", "ok", "just", "x", "xx");
    private static final Pattern PLAIN_OPT_OUT = Pattern.compile(String.join("|",
            "\\b(stop|quit|cease|pack in)\\s+(texting|txting|messaging|sending|contacting|text|message)\\b",
            "\\b(dont|do not|never)\\s+(text|txt|message|msg|contact|send)\\s+(me|us)\\b",
            "\\bno more (texts|txts|messages|msgs|text messages)\\b",
            "\\b(unsubscribe|opt out|optout)\\s+(me|us)\\b",
            "\\b(take|remove)\\s+(me|us|my number)\\s+(off|from)\\b",
            "\\bremove (my|this|our) (number|phone number|mobile)\\b",
            "\\b(dont|do not) want (these|your|any|the|any more|anymore|more) (texts|txts|messages|msgs)\\b",
            "\\bleave me alone\\b"));
    private static final Pattern PLAIN_CALL = Pattern.compile(String.join("|",
            "\\b(call|cal|ring|phone|bell)\\s+(me|us)\\b",
            "\\bgive (me|us) a (bell|ring|call|buzz)\\b",
            "\\b(talk|speak|chat)( \\w+){0,3} (with|to) (a real person|a real human|a person|a human|a member of staff"
                    + "|one of your staff|your staff)\\b",
            "\\bcall\\s*back\\b",
            "\\b(speak|talk)\\s+to\\s+(someone|somebody|a person|a human|a real person|staff|an adviser|an advisor)\\b",
            "\\bcan (someone|somebody|sum1|some1|you|anyone|any1) (call|cal|ring|phone)\\b"));
    /** Plain words asking to be texted again, read only from a number that opted out. */
    private static final Pattern PLAIN_OPT_IN = Pattern.compile(String.join("|",
            "^(start|unstop|yes)( (again|back|texting me again|texts again|please|pls|thanks))*$",
            "\\bstart (texting|txting|messaging|sending) (me|us)\\b",
            "\\bopt (me |us )?back in\\b",
            "\\b(text|txt|message) (me|us) again\\b",
            "\\b(have|get|send me|receive) (your|the) (texts|txts|messages) again\\b"));
    /** "wrong number", "wrong number, stop": a short text saying we have the wrong person. */
    private static final Pattern WRONG_NUMBER = Pattern.compile("^(sorry |you have |youve got |you got )?(the )?"
            + "wrong (number|person)( (stop|sorry|mate|please|pls))*$");

    private static final Pattern SEARCH = Pattern.compile("^\\s*(?:find|search|search for|look for)\\s+(.*\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Keywords() {}

    /** "FIND food bank", "search debt advice": the words to search for, else null. */
    static @Nullable String searchWords(String text) {
        Matcher search = SEARCH.matcher(text);
        return search.matches() ? search.group(1).strip() : null;
    }

    /** The text as one upper-case word ("OPT-OUT" as "OPTOUT"), or null when it is not one word. */
    static @Nullable String oneWord(String text) {
        if (text.length() > 40) {
            return null;
        }
        Matcher word = ONE_WORD.matcher(text);
        return word.matches() ? word.group(1).replaceAll("[-' ]", "").toUpperCase(Locale.UK) : null;
    }

    /** Lower case, apostrophes dropped, anything but letters and digits made one space. */
    static String tidy(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("['\u2018\u2019`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** "stop please", "please STOP": an opt-out word with only politeness around it. */
    static boolean isPoliteOptOut(String text) {
        String[] words = tidy(text).split(" ");
        String[] rest = Arrays.stream(words).filter(word -> !POLITE.contains(word)).toArray(String[]::new);
        return rest.length == 1 && words.length <= 6 && OPT_OUT.contains(rest[0].toUpperCase(Locale.UK));
    }

    /** "please stop texting me", "don't text me any more", "take me off your list". */
    static boolean asksToStopTexts(String text) {
        return text.length() <= 300 && (isPoliteOptOut(text) || PLAIN_OPT_OUT.matcher(tidy(text)).find()
                || WRONG_NUMBER.matcher(tidy(text)).matches());
    }

    /** "start please", "YES please", "start texting me again", "opt me back in": for a number that opted out. */
    static boolean asksToStartTexts(String text) {
        return text.length() <= 100 && PLAIN_OPT_IN.matcher(tidy(text)).find();
    }

    /** "CALL", "call me", "can someone ring me", "I'd like to speak to someone". */
    static boolean asksForCall(String text) {
        String word = oneWord(text);
        if (word != null && CALL.contains(word)) {
            return true;
        }
        return text.length() <= 300 && PLAIN_CALL.matcher(tidy(text)).find();
    }

    /** "YES", "yes please", "ok thanks": agreement with only politeness around it. */
    static boolean isYes(String text) {
        return onlyPolitely(text, YES);
    }

    /** "NO", "no thanks". */
    static boolean isNo(String text) {
        return onlyPolitely(text, NO);
    }

    private static boolean onlyPolitely(String text, Set<String> words) {
        if (text.length() > 60) {
            return false;
        }
        String[] all = tidy(text).split(" ");
        String[] rest = Arrays.stream(all).filter(word -> !POLITE.contains(word)).toArray(String[]::new);
        if (rest.length == 0) {
            rest = all;
        }
        return !rest[0].isEmpty() && Arrays.stream(rest).allMatch(word -> words.contains(word.toUpperCase(Locale.UK)));
    }

    private static final Set<String> ASKING = Set.of("i", "id", "would", "like", "want", "wanna", "to", "do", "a",
            "the", "can", "could", "take", "start", "fill", "in", "out", "answer", "me", "my", "your", "some");
    private static final Pattern SURVEY_WORDS = Pattern.compile("\\b(survey|surveys|questionnaire|questionaire)\\b");

    /**
     * The one word that matters in a short request ("WELLBEING please", "can I do the feedback"), upper case, else
     * null.
     */
    static @Nullable String mainWord(String text) {
        if (text.length() > 60) {
            return null;
        }
        String[] rest = Arrays.stream(tidy(text).split(" "))
                .filter(w -> !w.isEmpty() && !POLITE.contains(w) && !ASKING.contains(w)).toArray(String[]::new);
        return rest.length == 1 && rest[0].matches("\\p{L}+") ? rest[0].toUpperCase(Locale.UK) : oneWord(text);
    }

    /** "can I do a survey", "wellbeing survey please": a short text asking for a survey. */
    static boolean asksForSurvey(String text) {
        return text.length() <= 60 && SURVEY_WORDS.matcher(tidy(text)).find();
    }

    private static final Set<String> GREETING_WORDS = Set.of("hi", "hello", "hey", "hiya", "hullo", "ello", "yo",
            "helo", "hallo", "hii", "heya", "howdy",
            "morning", "afternoon", "evening", "good", "there", "alright", "all", "right", "everyone", "folks");
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "hullo", "ello", "morning",
            "afternoon", "evening", "alright", "helo", "hallo", "hii", "heya", "howdy");
    private static final Set<String> THANKS_WORDS = Set.of("thanks", "thank", "you", "thankyou", "ta", "cheers",
            "thx", "ty", "tq", "many", "much", "very", "so", "great", "brilliant", "lovely", "perfect", "cool", "ok",
            "okay", "x", "xx", "xxx", "again", "for", "that", "the", "help", "a", "lot", "lots", "mate", "love",
            "brill", "ace", "fab", "fantastic", "grand", "champion");
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thankyou", "ta", "cheers", "thx", "ty",
            "tq", "brill", "ace", "fab", "fantastic", "lovely", "brilliant", "perfect", "champion");

    /** "hi", "Hello there", "good morning": a greeting and nothing else. */
    static boolean isGreeting(String text) {
        return onlyWordsFrom(text, GREETING_WORDS, GREETINGS);
    }

    /** "thanks", "thank you so much x", "cheers, that's great": thanks and nothing else. */
    static boolean isThanks(String text) {
        return onlyWordsFrom(text.replaceAll("(?i)that'?s|thats", "that"), THANKS_WORDS, THANKS);
    }

    private static boolean onlyWordsFrom(String text, Set<String> allowed, Set<String> needed) {
        if (text.length() > 60) {
            return false;
        }
        String[] words = tidy(text).split(" ");
        return words.length > 0 && Arrays.stream(words).allMatch(allowed::contains)
                && Arrays.stream(words).anyMatch(needed::contains);
    }

    private static final Set<String> ASKING_DETAILS = Set.of("tell", "me", "more", "about", "on", "details",
            "detail", "info", "information", "for", "of", "number", "no", "num", "can", "i", "have", "get", "the",
            "show", "give", "send", "what", "whats", "is", "option", "one", "result", "want", "like", "id", "would",
            "that");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth",
            "fifth", "sixth");

    /**
     * "2", " 2. ", "#2", "no 2", "2 please", "tell me more about 2", "details for number 1", "the first one": the
     * number of a listed result, else empty.
     */
    static OptionalInt number(String text) {
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            return OptionalInt.of(Integer.parseInt(number.group(1)));
        }
        if (text.length() > 60) {
            return OptionalInt.empty();
        }
        String[] rest = Arrays.stream(tidy(text).split(" "))
                .filter(w -> !w.isEmpty() && !POLITE.contains(w) && !ASKING_DETAILS.contains(w))
                .toArray(String[]::new);
        if (rest.length != 1) {
            return OptionalInt.empty();
        }
        if (rest[0].matches("\\d{1,3}")) {
            return OptionalInt.of(Integer.parseInt(rest[0]));
        }
        int ordinal = ORDINALS.indexOf(rest[0]);
        return ordinal >= 0 ? OptionalInt.of(ordinal + 1) : OptionalInt.empty();
    }
}
