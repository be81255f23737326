package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether an answer in the callback questions makes sense for its question. A first name is a name: not a greeting,
 * thanks, a number, a keyword, "ok", yes or no, nor a need ("food bank"); "my name is Pat" gives "Pat", and "Stopher"
 * or "Callum" are names, whatever they start with. What it is about is not only a name, nor only a number.
 */
final class NameAnswer {

    private static final Pattern INTRO = Pattern.compile("(?i)^(hi |hello |hiya )?(my name is|my names|my name's|"
            + "name is|names|name's|it is|its|it's|i am|i'm|im|this is|call me)\\s+");
    private static final Pattern NAME = Pattern.compile("\\p{L}+(?:['\u2019-]\\p{L}+)*\\.?(?:\\s+\\p{L}+(?:['\u2019-]"
            + "\\p{L}+)*\\.?){0,2}");
    /** Words that can only introduce a name. */
    private static final Pattern NAME_INTRO = Pattern.compile("(?i)^(my name is|my names|my name's|name is|"
            + "names|name's|this is|call me)\\s+");
    /** Words no first name is: our keywords, yes and no, fillers and the words of needs. */
    private static final Set<String> NOT_NAMES = Set.of("ok", "okay", "k", "kk", "yes", "yeah", "yep", "no", "nope",
            "nah", "y", "n", "sure", "fine", "call", "callback", "ring", "phone", "help", "info", "more", "next",
            "stop", "start", "skip", "back", "find", "search", "survey", "wrong", "cancel", "end", "quit", "unstop",
            "hi", "hello", "hey", "hiya", "thanks", "thank", "thankyou", "ta", "cheers", "thx", "please", "pls",
            "why", "what", "who", "how", "when", "where", "dunno", "idk", "huh", "eh", "pardon", "sorry", "lol", "me",
            "you", "name", "first", "my", "none", "nothing", "anonymous", "nobody", "test", "sms", "text", "morning",
            "afternoon", "evening", "food", "bank", "foodbank", "debt", "debts", "money", "housing", "rent", "advice",
            "benefits", "job", "jobs", "work", "cv", "mental", "health", "smoking", "doctor", "gp", "counselling",
            "therapy", "support", "club", "group", "football", "walking", "carer", "carers", "kids", "children",
            "school", "council", "energy", "bills", "loan", "credit", "drinking", "alcohol", "drugs", "lonely",
            "anxiety", "depression", "family", "abuse", "legal", "english", "computer", "internet", "pl");
    private static final Pattern SKIP = Pattern.compile("^(skip|(id |i would )?rather not( say)?|prefer not to say"
            + "|(i )?(dont|do not|would rather not) want to say|not saying|no name|pass)( thanks| please)?$");

    private NameAnswer() {}

    /** "SKIP", "rather not say", "prefer not to say": they would rather not give a name. */
    static boolean isSkip(String text) {
        return text.length() <= 40 && SKIP.matcher(Keywords.tidy(text)).matches();
    }

    /** The first name in the answer, tidied ("my name is pat." is "pat"), or null when it cannot be a name. */
    static @Nullable String firstName(String text) {
        String name = INTRO.matcher(text.strip()).replaceFirst("").replaceAll("[.!,?]+$", "").strip();
        if (name.isEmpty() || name.length() > 30 || !NAME.matcher(name).matches()) {
            return null;
        }
        if (Keywords.isGreeting(name) || Keywords.isThanks(name) || Keywords.isYes(name) || Keywords.isNo(name)) {
            return null;
        }
        boolean notAName = Arrays.stream(Keywords.tidy(name).split(" "))
                .anyMatch(word -> NOT_NAMES.contains(word) || DialogueExits.NEED_WORDS.contains(word));
        return notAName ? null : name;
    }

    /**
     * Whether an answer to "what would you like to talk about" says nothing about it: only a number, only their name
     * (the one they gave, or "my name is ..."), or only a greeting, thanks, yes or no.
     */
    static boolean saysNothingAbout(String text, @Nullable String firstName) {
        String words = Keywords.tidy(text);
        if (words.isEmpty() || words.matches("[\\d ]+") || NumberToRing.without(text).isBlank()) {
            return true;
        }
        if (firstName != null && words.equals(Keywords.tidy(firstName))) {
            return true;
        }
        if (NAME_INTRO.matcher(text.strip()).find() && firstName(text) != null) {
            return true;
        }
        return Keywords.isGreeting(text) || Keywords.isThanks(text) || Keywords.isYes(text) || Keywords.isNo(text)
                || words.toUpperCase(Locale.UK).equals("CALL");
    }
}
