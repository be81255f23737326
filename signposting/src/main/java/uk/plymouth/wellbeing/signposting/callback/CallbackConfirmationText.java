package uk.plymouth.wellbeing.signposting.callback;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * The text confirming a callback request: "Thanks, Sam. We'll call you in the morning from Four Greens Wellbeing Hub.
 * Your reference is PLY-4K7Q. If you need us sooner, ring 01632 960100." In GSM-7 and at most two segments. When the
 * resident did not let us say which hub calls, it says "a Plymouth Wellbeing Hub" and gives no hub number. A name GSM
 * cannot spell (emoji, Arabic script) is left out rather than mangled.
 */
final class CallbackConfirmationText {

    static final int MAX_SEGMENTS = 2;
    static final String UNNAMED_HUB = "a Plymouth Wellbeing Hub";

    private CallbackConfirmationText() {}

    /**
     * @param hub the hub that will call, or null when we may not say
     */
    static String of(@Nullable String firstName, BestTime bestTime, @Nullable Hub hub, String reference) {
        @Nullable String name = gsmName(firstName);
        String from = hub == null ? UNNAMED_HUB : plain(hub.name());
        @Nullable String sooner = hub == null || hub.phone().isBlank() ? null
                : "If you need us sooner, ring " + plain(hub.phone()) + ".";
        // what gives way when it is too long: the hub's number, then the name, then the hub's name
        String text = render(name, bestTime, from, reference, sooner);
        if (!fits(text)) {
            text = render(name, bestTime, from, reference, null);
        }
        if (!fits(text)) {
            text = render(null, bestTime, from, reference, null);
        }
        if (!fits(text)) {
            text = render(null, bestTime, UNNAMED_HUB, reference, null);
        }
        return text;
    }

    private static String render(@Nullable String name, BestTime bestTime, String from, String reference,
            @Nullable String sooner) {
        List<String> sentences = new ArrayList<>();
        sentences.add(name == null ? "Thanks." : "Thanks, " + name + ".");
        sentences.add("We'll call you " + bestTime.inWords() + " from " + from + ".");
        sentences.add("Your reference is " + reference + ".");
        if (sooner != null) {
            sentences.add(sooner);
        }
        return String.join(" ", sentences);
    }

    private static boolean fits(String text) {
        return SmsText.isGsm(text) && SmsText.segments(text) <= MAX_SEGMENTS;
    }

    /** The name as GSM can spell it; null when that would change it beyond dropped accents. */
    private static @Nullable String gsmName(@Nullable String firstName) {
        if (firstName == null) {
            return null;
        }
        String gsm = plain(firstName);
        boolean lettersLost = gsm.codePoints().filter(Character::isLetter).count()
                < firstName.codePoints().filter(Character::isLetter).count();
        return gsm.isEmpty() || lettersLost ? null : gsm;
    }

    private static String plain(String text) {
        return SmsText.toGsm(text).replaceAll("\\s+", " ").strip();
    }
}
