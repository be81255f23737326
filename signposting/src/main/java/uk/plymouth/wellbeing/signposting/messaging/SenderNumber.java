package uk.plymouth.wellbeing.signposting.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a text, as a carrier (or the simulator) names them: a valid phone number in E.164 form, however it was
 * written ({@code +1 202 555 0123} and {@code +12025550123} are one number); empty for anything that is not a number
 * in use (a short code, a sender name, {@code +440000000000}). UK numbers are read as {@link PhoneNumber#parseUk}
 * reads them, so Ofcom's drama numbers count; others must be valid for libphonenumber.
 */
public final class SenderNumber {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[ \\u00A0.\\-()/]");
    private static final Pattern DIALLED = Pattern.compile("(\\+|00)?[0-9]{3,17}");

    private SenderNumber() {}

    public static Optional<PhoneNumber> read(String from) {
        String compact = SEPARATORS.matcher(from.strip()).replaceAll("");
        if (!DIALLED.matcher(compact).matches()) {
            return Optional.empty();
        }
        String international = compact.startsWith("+") ? compact.substring(1)
                : compact.startsWith("00") ? compact.substring(2) : null;
        if (international == null || international.startsWith("44")) {
            try {
                return Optional.of(PhoneNumber.parseUk(compact));
            } catch (InvalidPhoneNumberException notInUse) {
                return Optional.empty();
            }
        }
        try {
            com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed = NUMBERS.parse("+" + international, "ZZ");
            if (!NUMBERS.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(NUMBERS.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }
}
