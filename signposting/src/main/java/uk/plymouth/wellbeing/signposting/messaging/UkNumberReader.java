package uk.plymouth.wellbeing.signposting.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.messaging.InvalidPhoneNumberException.Problem;

/**
 * Reads UK phone numbers as residents type them and says what is wrong in words they can act on. libphonenumber
 * (default region GB) decides whether a number is in use and whether it is a mobile; Ofcom's drama ranges, which it
 * treats as not in use, are accepted here.
 */
final class UkNumberReader {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F.\\-\\u2010-\\u2015()/]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");
    /** Ofcom's numbers for TV, radio and film: 07700 900000 to 900999 (mobile) and 01632 960000 to 960999. */
    private static final Pattern DRAMA_MOBILE = Pattern.compile("7700900[0-9]{3}");
    private static final Pattern DRAMA_LANDLINE = Pattern.compile("1632960[0-9]{3}");
    private static final String EXAMPLE = "07700 900123";

    private UkNumberReader() {}

    static PhoneNumber read(@Nullable String typed, boolean mobileOnly) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidPhoneNumberException(Problem.EMPTY, mobileOnly
                    ? "Please type your mobile number, for example " + EXAMPLE + "."
                    : "Please type a phone number, for example " + EXAMPLE + ".");
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            throw new InvalidPhoneNumberException(Problem.NOT_DIGITS,
                    "Please type only the numbers, for example " + EXAMPLE + ".");
        }
        String international = internationalDigits(compact);
        if (international != null && !international.startsWith("44")) {
            throw new InvalidPhoneNumberException(Problem.NOT_UK, mobileOnly
                    ? "That is not a UK number. We can only text UK mobile numbers, which start 07."
                    : "That is not a UK number. Please type a UK number, starting 0 or +44.");
        }
        // the national significant number: without +44, and without the 0 at the front (or "(0)" after +44)
        String national = international != null ? international.substring(2) : compact;
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        boolean typedPlus44 = international != null;
        checkKindAndLength(national, typedPlus44 ? national.length() : compact.length(), typedPlus44, mobileOnly);
        return checkInUse(national, mobileOnly);
    }

    static boolean isMobile(String e164) {
        if (e164.startsWith("+44") && DRAMA_MOBILE.matcher(e164.substring(3)).matches()) {
            return true;
        }
        try {
            PhoneNumberType type = NUMBERS.getNumberType(NUMBERS.parse(e164, "GB"));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The digits after the international prefix ("+" or "00", or a bare "44" before a full-length number). */
    private static @Nullable String internationalDigits(String compact) {
        if (compact.startsWith("+")) {
            return compact.substring(1);
        }
        if (compact.startsWith("00")) {
            return compact.substring(2);
        }
        if (compact.startsWith("44") && compact.length() >= 12) {
            return compact;
        }
        return null;
    }

    private static void checkKindAndLength(String national, int digitsTyped, boolean typedPlus44,
            boolean mobileOnly) {
        boolean mobileLike = national.startsWith("7");
        if (mobileOnly && !mobileLike && !national.isEmpty()) {
            throw notMobile(national);
        }
        if (mobileLike || mobileOnly) {
            if (national.length() != 10) {
                Problem problem = national.length() < 10 ? Problem.TOO_SHORT : Problem.TOO_LONG;
                throw new InvalidPhoneNumberException(problem, typedPlus44
                        ? "That number has " + digits(digitsTyped) + " after +44. UK mobile numbers have 10 digits"
                                + " after +44, starting 7."
                        : "That number has " + digits(digitsTyped) + ". UK mobile numbers have 11 digits,"
                                + " starting 07.");
            }
        } else if (national.length() < 9 || national.length() > 10) {
            Problem problem = national.length() < 9 ? Problem.TOO_SHORT : Problem.TOO_LONG;
            String withAreaCode = problem == Problem.TOO_SHORT ? " Remember the area code." : "";
            throw new InvalidPhoneNumberException(problem, typedPlus44
                    ? "That number has " + digits(digitsTyped) + " after +44. UK numbers have 9 or 10 digits after"
                            + " +44." + withAreaCode
                    : "That number has " + digits(digitsTyped) + ". UK phone numbers have 10 or 11 digits,"
                            + " starting 0." + withAreaCode);
        }
    }

    private static PhoneNumber checkInUse(String national, boolean mobileOnly) {
        PhoneNumber number = new PhoneNumber("+44" + national);
        if (DRAMA_MOBILE.matcher(national).matches() || DRAMA_LANDLINE.matcher(national).matches()) {
            return number;
        }
        boolean inUse;
        try {
            inUse = NUMBERS.isValidNumber(NUMBERS.parse("0" + national, "GB"));
        } catch (NumberParseException e) {
            inUse = false;
        }
        if (!inUse) {
            throw new InvalidPhoneNumberException(Problem.NOT_IN_USE,
                    "That number does not look right: no UK numbers start like that. Please check it and try again.");
        }
        if (mobileOnly && !number.isMobile()) {
            throw notMobile(national);
        }
        return number;
    }

    private static InvalidPhoneNumberException notMobile(String national) {
        boolean landline = national.startsWith("1") || national.startsWith("2");
        return new InvalidPhoneNumberException(Problem.NOT_MOBILE, landline
                ? "That looks like a landline number. We can only text mobile numbers, which start 07."
                : "That number is not a mobile, so it cannot get texts. Please type a mobile number, starting 07.");
    }

    private static String digits(int count) {
        return count == 1 ? "1 digit" : count + " digits";
    }
}
