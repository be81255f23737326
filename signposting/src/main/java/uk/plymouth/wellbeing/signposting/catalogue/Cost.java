package uk.plymouth.wellbeing.signposting.catalogue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What something costs, as written by staff ("free", "£2 per session"), with the amount read out of the words so
 * free things can be filtered and the open data API can publish a price.
 */
public record Cost(String text, boolean free, @Nullable BigDecimal amount) {

    private static final Pattern POUNDS = Pattern.compile("£\\s*(\\d+(?:\\.\\d{1,2})?)");
    private static final Pattern PENCE = Pattern.compile("(\\d+)\\s*p\\b");

    public static Cost parse(String text) {
        String words = text.trim();
        String lower = words.toLowerCase(Locale.UK);
        BigDecimal amount = amountIn(lower);
        boolean free = lower.equals("free") || lower.startsWith("free ") || lower.startsWith("free,")
                || lower.startsWith("free.") || (amount != null && amount.signum() == 0);
        return new Cost(free && lower.equals("free") ? "Free" : words, free, free ? BigDecimal.ZERO : amount);
    }

    private static @Nullable BigDecimal amountIn(String lower) {
        Matcher pounds = POUNDS.matcher(lower);
        if (pounds.find()) {
            return new BigDecimal(pounds.group(1));
        }
        Matcher pence = PENCE.matcher(lower);
        if (pence.find()) {
            return new BigDecimal(pence.group(1)).movePointLeft(2);
        }
        return null;
    }
}
