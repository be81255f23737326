package uk.plymouth.wellbeing.signposting.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@link #e164()}, the full number, is only for the sender that dials it), such as {@code +447700900123}. Its {@link #toString()} is {@link #masked()}, so a
 * number that ends up in a log or an exception shows only its last three digits.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not an E.164 phone number (" + e164.length() + " characters)");
        }
    }

    /**
     * Reads a UK number as a resident typed it: "07700 900123", "+44 7700 900123", "0044 7700 900123",
     * "(07700) 900-123", "+44 (0)7700 900123"; spaces, dashes, dots and brackets are ignored.
     *
     * @throws InvalidPhoneNumberException saying in plain English what is wrong
     */
    public static PhoneNumber parseUk(String typed) {
        return UkNumberReader.read(typed, false);
    }

    /**
     * As {@link #parseUk(String)}, and the number must be a mobile, since only mobiles get texts. Ofcom's numbers for
     * drama ({@code 07700 900000} to {@code 07700 900999}) count as mobiles, so tests and demos can use them.
     *
     * @throws InvalidPhoneNumberException saying in plain English what is wrong
     */
    public static PhoneNumber parseUkMobile(String typed) {
        return UkNumberReader.read(typed, true);
    }

    /** Whether texts can reach it. */
    public boolean isMobile() {
        return UkNumberReader.isMobile(e164);
    }

    /** As people write it in the UK, for staff who dial it: "07700 900123", "01752 123456". */
    public String national() {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            return numbers.format(numbers.parse(e164, "GB"), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException unreadable) {
            return e164;
        }
    }

    /** "+44*******123": the country code and the last three digits. */
    public String masked() {
        return e164.substring(0, 3) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 3);
    }

    /** The {@link #masked()} number, never the full one. */
    @Override
    public String toString() {
        return masked();
    }
}
