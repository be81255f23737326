package uk.plymouth.wellbeing.signposting.conversation;

import java.util.Optional;
import java.util.OptionalInt;
import uk.plymouth.wellbeing.signposting.callback.BestTime;

/** The best time to ring in a resident's words: 1 to 4, "in the morning", "evenings", "any time"... */
final class BestTimeWords {

    private BestTimeWords() {}

    /** "3", "evening", "in the afternoon", "any time": the time, else empty. */
    static Optional<BestTime> read(String text) {
        OptionalInt number = Keywords.number(text);
        if (number.isPresent()) {
            int n = number.getAsInt();
            return n >= 1 && n <= 4 ? Optional.of(BestTime.values()[n - 1]) : Optional.empty();
        }
        return named(Keywords.tidy(text));
    }

    /** A time named anywhere in a longer text ("can you ring me in the evening instead"), else empty. */
    static Optional<BestTime> mentioned(String text) {
        String words = " " + Keywords.tidy(text) + " ";
        if (words.matches(".* (mornings?|am) .*")) {
            return Optional.of(BestTime.MORNING);
        }
        if (words.matches(".* (afternoons?|pm) .*")) {
            return Optional.of(BestTime.AFTERNOON);
        }
        if (words.matches(".* (evenings?|after work|tonight) .*")) {
            return Optional.of(BestTime.EVENING);
        }
        return words.matches(".* (any ?time|whenever) .*") ? Optional.of(BestTime.ANY) : Optional.empty();
    }

    private static Optional<BestTime> named(String words) {
        if (words.matches("(in the )?morning|am|mornings")) {
            return Optional.of(BestTime.MORNING);
        }
        if (words.matches("(in the )?afternoon|pm|afternoons")) {
            return Optional.of(BestTime.AFTERNOON);
        }
        if (words.matches("(in the )?evening|evenings|after work")) {
            return Optional.of(BestTime.EVENING);
        }
        return words.matches("any|any ?time|anytime|whenever|dont mind|do not mind")
                ? Optional.of(BestTime.ANY) : Optional.empty();
    }
}
