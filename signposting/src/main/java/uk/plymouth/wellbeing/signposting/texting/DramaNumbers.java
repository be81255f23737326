package uk.plymouth.wellbeing.signposting.texting;

import java.util.regex.Pattern;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Ofcom's mobile numbers for drama, 07700 900000 to 07700 900999 ({@code +447700900000} to {@code +447700900999}):
 * nobody has them, so they are the only numbers the SMS simulator may text from. Any other number could be a
 * resident's, and simulating it would show the texts we sent them and put words in their mouth.
 */
public final class DramaNumbers {

    /** What to tell someone who typed another number. */
    public static final String ONLY_DRAMA = "The simulator only uses Ofcom's drama numbers, 07700 900000 to"
            + " 07700 900999, so that it never poses as a real resident. Type one of those, or press New number.";

    private static final Pattern DRAMA_MOBILE = Pattern.compile("\\+447700900[0-9]{3}");

    private DramaNumbers() {}

    public static boolean isDrama(PhoneNumber number) {
        return DRAMA_MOBILE.matcher(number.e164()).matches();
    }
}
