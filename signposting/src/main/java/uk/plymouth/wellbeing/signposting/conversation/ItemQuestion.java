package uk.plymouth.wellbeing.signposting.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short question about the service or activity the resident was just told about, in their words: "is it free",
 * "how much", "what time does it open", "is it on saturday", "can i just turn up", "do i need to book", "what do i
 * need to bring", "whats the number", "tell me more", "who is it for". Read only in short texts that point back
 * ("it", "that", "there", or no subject at all): "is the food bank free on saturday in pl5" is a new search.
 */
enum ItemQuestion {
    COST("\\b(is (it|(that|this|the)( \\w+){0,2}) free|free\\b.{0,12}\\?|how much|hw much|how mutch|what.{0,12}(cost|"
            + "price|charge)|cost (anything|owt|money)|do (i|we|you) (have to |need to )?pay|does it cost|any charge"
            + "|costs?$|price$|fee$|is there a (fee|charge|cost))"),
    WHEN("\\b(what time|wat time|wot time|when|wen|what days?|which days?|opening (times|hours)|open (today|"
            + "tomorrow|now)|is (it|that) (open|on)|(is|it|that) on (a |this |next )?(mon|tue|wed|thu|fri|sat|sun)"
            + "\\w*|hours|times?\\b.{0,6}\\?|next one|how often|what day)"),
    BOOKING("\\b(just (turn|show|rock|come|go|drop) (up|in|along|round)|turn up|walk in|drop in|(need|have) to "
            + "(book|register|make an appointment|be referred)|book(ing)?\\b|appointment|referr?al|refer me|"
            + "how do i "
            + "(get|go|join|sign up|start)|can anyone (go|come))"),
    VOUCHER("\\b(vouchers?|referr?al|referred|refer me|need a letter)\\b"),
    BRING("\\b((what|wat|wot|do) (do )?(i|we) (need to |have to |got to |gotta )?(bring|take|have with)|need "
            + "(id|proof|anything)|bring (anything|id|proof|owt)|what (id|documents|paperwork))"),
    PHONE("\\b(phone|fone|number|tel|telephone|contact|ring them|call them|who do i (ring|call)|email)\\b"),
    WHO_FOR("\\b(who (is it|is that|can go|can come|its) for|is it (just |only )?for|"
            + "can (kids|children|my \\w+|men|women|anyone|i)"
            + " (go|come|use it|join)|age|ages|how old|only for)\\b"),
    PRIVATE("\\b(private|privately|confidential|anonymous|anonymously|will (they|anyone) (know|find out|tell)|"
            + "tell (my|the) (gp|doctor|landlord|employer|boss|family))\\b"),
    MORE("^(tell me more|more (info|information|details)|what is it|whats it about|what is that|what do they do|"
            + "what happens there|what happens|more about (it|that)|go on|info|details)\\b");

    private static final int LONGEST = 80;
    /** Words that would make it a new need, not a question about the last one. */
    private static final Pattern NEW_NEED = Pattern.compile("\\b(food bank|foodbank|debt|housing|counsell?ing|"
            + "football|job|jobs|smoking|walking|yoga|benefits|rent|loneliness|lonely|anxiety|depression|diabetes|"
            + "pl\\d|carers?|computer|course|class|club|group|advice)\\b");

    private final Pattern pattern;

    ItemQuestion(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** What a short text asks about the item just described, if anything, the most particular first. */
    static Optional<ItemQuestion> in(String text) {
        if (text.length() > LONGEST) {
            return Optional.empty();
        }
        String tidy = Keywords.tidy(text).replaceAll("\\bwhats\\b", "what is").replaceAll("\\bits\\b", "it is")
                .replace("it is for", "is it for");
        if (tidy.isEmpty() || NEW_NEED.matcher(tidy).find() && !pointsBack(tidy)) {
            return Optional.empty();
        }
        for (ItemQuestion question : List.of(VOUCHER, BRING, COST, BOOKING, PRIVATE, WHO_FOR, WHEN, PHONE, MORE)) {
            if (question.pattern.matcher(tidy).find()) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** "it", "that", "there": the text points back at something said before. */
    static boolean pointsBack(String tidy) {
        return tidy.matches(".*\\b(it|that|this|there|they|them)\\b.*");
    }
}
