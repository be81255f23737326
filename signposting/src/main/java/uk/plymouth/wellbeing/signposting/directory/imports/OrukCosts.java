package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;

/**
 * What an Open Referral service costs: its {@code cost_options} (words and amounts in pounds), else its fees in
 * words ({@code fees_description}, or {@code fees} as older profiles and this app's API give it). No amount above
 * nothing and no words: ask the service.
 */
final class OrukCosts {

    static final String UNKNOWN = "Ask the service about any cost";

    private OrukCosts() {}

    static Cost of(JsonNode service, ImportFields fields) {
        List<String> options = new ArrayList<>();
        boolean allFree = true;
        for (JsonNode option : service.path("cost_options")) {
            String words = ImportFields.text(option, "option");
            BigDecimal amount = option.path("amount").isNumber() ? option.path("amount").decimalValue() : null;
            allFree &= amount != null && amount.signum() == 0;
            if (amount != null && amount.signum() > 0 && (words == null || !words.contains("£"))) {
                words = "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                        + (words == null ? "" : " " + words);
            }
            if (words != null) {
                options.add(words);
            }
        }
        if (!service.path("cost_options").isEmpty() && allFree) {
            return Cost.parse("Free");
        }
        if (!options.isEmpty()) {
            return Cost.parse(fields.fit(String.join("; ", options), ImportFields.COST, "cost"));
        }
        String fees = ImportFields.text(service, "fees_description");
        fees = fees != null ? fees : ImportFields.text(service, "fees");
        return Cost.parse(fees == null ? UNKNOWN : fields.fit(fees, ImportFields.COST, "cost"));
    }
}
