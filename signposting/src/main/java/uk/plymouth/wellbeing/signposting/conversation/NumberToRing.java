package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * A UK phone number written anywhere in a text ("call me on my home phone 01752 668000", "07700900105",
 * "+44 (0)1752 668000"), landlines included, checked the way the kiosk checks numbers (libphonenumber, through
 * {@link PhoneNumber#parseUk(String)}): numbers in use only, never a postcode or a reference.
 */
final class NumberToRing {

    /** Digits with the spaces, dots, dashes and brackets people put in numbers, starting 0, +44 or 0044. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d+])(\\+|00)?\\(?\\d[\\d\\s().\\-]{7,20}\\d");
    /** What is said around a number given to ring ("ring me on", "my home phone is"), left out of what remains. */
    private static final Pattern AROUND = Pattern.compile("(?i)\\b((please )?(call|ring|phone|try) (me|us)( back)?"
            + "( instead)?( on| at)?|(on|at)( my)?( (home|landline|land line|mobile|work|house|other|new))?"
            + "( (phone|number|no))?( is)?|my( (home|landline|land line|mobile|work|house|other|new))?( phone)?"
            + "( number| no)?( is)?|instead|number)\\b");

    private NumberToRing() {}

    /** The first UK number in use written in the text, else empty. */
    static Optional<PhoneNumber> in(String text) {
        if (text.length() > 400) {
            return Optional.empty();
        }
        Matcher candidates = CANDIDATE.matcher(text);
        while (candidates.find()) {
            Optional<PhoneNumber> read = read(candidates.group().strip());
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }

    /** The text without the number and the words that introduce it ("debt, ring me on 01752 668000" is "debt"). */
    static String without(String text) {
        String rest = CANDIDATE.matcher(text).replaceAll(" ");
        rest = AROUND.matcher(rest).replaceAll(" ");
        return rest.replaceAll("[\\s,.;:!-]+", " ").strip();
    }

    /** The number as a whole, or else its groups from the last backwards ("PL5 3 01752 668000": "01752 668000"). */
    private static Optional<PhoneNumber> read(String candidate) {
        String[] groups = candidate.split("\\s+");
        for (int from = 0; from < groups.length; from++) {
            String tried = String.join(" ", Arrays.copyOfRange(groups, from, groups.length));
            try {
                return Optional.of(PhoneNumber.parseUk(tried));
            } catch (InvalidPhoneNumberException notOne) {
                // not a UK number in use from this group: try the next shorter one
            }
        }
        return Optional.empty();
    }
}
