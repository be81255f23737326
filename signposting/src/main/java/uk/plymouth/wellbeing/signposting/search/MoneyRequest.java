package uk.plymouth.wellbeing.signposting.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A text that asks the hubs themselves to pay or give money ("can you pay my rent", "can u give me money for gas",
 * "lend me 50 quid"). The hubs cannot, but their advisers can help, and a resident should be told so plainly before
 * the results rather than left to guess from a list of advice services. Saying "I can't pay my rent" is not such a
 * request: it is a need, and gets results only.
 */
public final class MoneyRequest {

    private static final String THING = "(?<![a-z0-9])(rent|bills?|gas|electric|electricity|energy|council tax"
            + "|water|debts?|arrears|money|cash|\u00a3 ?\\d+|\\d+ ?quid|\\d+ ?pounds?|a loan|loans?)(?![a-z0-9])";
    private static final String WHO = "(you|u|ya|yous|you lot|the hubs?|hubs?|someone|some1|somebody|anyone|any1)";
    private static final String HANDING = "(pay|pay off|cover|clear|give|lend|loan|send|sub)";
    private static final Pattern ASKED = Pattern.compile(String.join("|",
            // "can you pay my rent", "could u give me some money for the gas", "will someone lend me 20 quid"
            "\\b(can|could|will|would|cud|cn|do)\\s+" + WHO + "\\s+(please\\s+|pls\\s+)?" + HANDING
                    + "\\b[^.?!]{0,30}?" + THING,
            // "i need you to pay my bills", "need someone to lend me money"
            "\\bneed\\s+" + WHO + "\\s+to\\s+" + HANDING + "\\b[^.?!]{0,30}?" + THING,
            // "pay my rent for me", "please give me money", "lend us a tenner"
            "^\\s*(please\\s+|pls\\s+)?(pay|cover|clear)\\s+(my|our|me)\\b[^.?!]{0,20}?" + THING,
            "^\\s*(please\\s+|pls\\s+)?(give|lend|loan|send|sub)\\s+(me|us)\\b[^.?!]{0,20}?" + THING));
    private static final Pattern RENT = Pattern.compile("\\brent\\b");
    private static final Pattern BILLS = Pattern.compile("\\b(bills?|gas|electric|electricity|energy|council tax"
            + "|water)\\b");
    private static final Pattern DEBTS = Pattern.compile("\\b(debts?|arrears)\\b");

    private MoneyRequest() {}

    /** The plain line to put before the results, or null when the text does not ask the hubs for money. */
    public static @Nullable String plainLine(String text) {
        String words = text.toLowerCase(Locale.UK).replace("'", "").replace('\u2019', ' ');
        Matcher asked = ASKED.matcher(words);
        if (!asked.find()) {
            return null;
        }
        String request = asked.group();
        if (RENT.matcher(request).find()) {
            return "We cannot pay rent, but these can help:";
        }
        if (BILLS.matcher(request).find()) {
            return "We cannot pay bills, but these can help:";
        }
        if (DEBTS.matcher(request).find()) {
            return "We cannot pay off debts, but these can help:";
        }
        return "We cannot give or lend money, but these can help:";
    }

    /** The heading of a results reply: the plain line first when the text asks for money, then {@code heading}. */
    public static @Nullable String heading(String text, @Nullable String heading) {
        String line = plainLine(text);
        if (line == null) {
            return heading;
        }
        return heading == null ? line : line + "\n" + heading;
    }
}
