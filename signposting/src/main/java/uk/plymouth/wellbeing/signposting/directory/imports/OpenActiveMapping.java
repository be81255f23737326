package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.ActivitySchedule;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * One OpenActive SessionSeries (the {@code data} of an RPDE item) as our activities at the source's hub: one per day
 * it runs. Required: {@code name}, and times (an {@code eventSchedule}, or scheduled sessions that show a rhythm).
 */
final class OpenActiveMapping {

    private OpenActiveMapping() {}

    static List<FetchedItem> activities(String externalId, JsonNode series, List<JsonNode> sessions, String hubId,
            LocalDate today, String hash) throws UnusableItemException {
        String name = ImportFields.text(series, "name");
        if (name == null) {
            throw new UnusableItemException("has no name");
        }
        List<ActivitySchedule> schedules = OpenActiveSchedules.fromEventSchedule(series);
        if (schedules.isEmpty()) {
            schedules = OpenActiveSchedules.fromSessions(sessions).map(List::of).orElseThrow(() ->
                    new UnusableItemException("has no times: no eventSchedule and no scheduled sessions"));
        }
        List<FetchedItem> items = new ArrayList<>();
        for (ActivitySchedule schedule : schedules) {
            String id = items.isEmpty() ? externalId
                    : externalId + "#" + schedule.day().name().toLowerCase(Locale.ROOT);
            items.add(activity(id, series, name, schedule, hubId, today, hash));
        }
        return items;
    }

    private static FetchedItem activity(String id, JsonNode series, String name, ActivitySchedule schedule,
            String hubId, LocalDate today, String hash) {
        ImportFields fields = new ImportFields();
        String description = ImportFields.text(series, "description");
        if (description == null) {
            fields.note("the source gave no description: its name stands in");
            description = name;
        }
        List<String> terms = new ArrayList<>();
        series.path("activity").forEach(a -> {
            String label = ImportFields.text(a, "prefLabel");
            if (label != null) {
                terms.add(label);
            }
        });
        Category category = CategoryChoice.of(terms, name + " " + description, Category.SPORT_PHYSICAL_ACTIVITY,
                fields);
        String booking = bookingUrl(series, fields);
        Activity activity = new Activity("", hubId, fields.fit(name, ImportFields.NAME, "title"), category,
                fields.fit(description, ImportFields.DESCRIPTION, "description"), whoFor(series), schedule,
                cost(series, fields), booking != null, booking == null ? null : "Book at " + booking,
                terms.stream().map(t -> t.toLowerCase(Locale.UK)).filter(t -> t.length() <= 60).distinct().limit(40)
                        .toList(),
                status(series), null, today);
        String postcode = ImportFields.text(series.path("location").path("address"), "postalCode");
        return new FetchedItem(id, activity, SourceHash.of(hash + ":" + schedule.day()), postcode, fields.notes(),
                null);
    }

    private static Cost cost(JsonNode series, ImportFields fields) {
        List<String> prices = new ArrayList<>();
        boolean allFree = true;
        for (JsonNode offer : series.path("offers")) {
            BigDecimal price = offer.path("price").isNumber() ? offer.path("price").decimalValue() : null;
            String who = ImportFields.text(offer, "name");
            allFree &= price != null && price.signum() == 0;
            if (price != null && price.signum() > 0) {
                prices.add("£" + price.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + (who == null ? "" : " " + who));
            }
        }
        if (!series.path("offers").isEmpty() && allFree) {
            return Cost.parse("Free");
        }
        return Cost.parse(prices.isEmpty() ? OrukCosts.UNKNOWN
                : fields.fit(String.join("; ", prices), ImportFields.COST, "cost"));
    }

    /** The booking page of the first offer that has one, or of the series. */
    private static @Nullable String bookingUrl(JsonNode series, ImportFields fields) {
        for (JsonNode offer : series.path("offers")) {
            String url = fields.website(ImportFields.text(offer, "url"));
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    private static @Nullable String whoFor(JsonNode series) {
        JsonNode ages = series.path("ageRange");
        int min = ages.path("minValue").asInt(0);
        int max = ages.path("maxValue").asInt(0);
        String gender = String.valueOf(ImportFields.text(series, "genderRestriction"));
        String who = gender.endsWith("FemaleOnly") ? "Women and girls only"
                : gender.endsWith("MaleOnly") ? "Men and boys only" : null;
        String ageWords = max > 0 ? "ages " + min + " to " + max : min > 0 ? "ages " + min + " and over" : null;
        if (who == null) {
            return ageWords == null ? null : Character.toUpperCase(ageWords.charAt(0)) + ageWords.substring(1);
        }
        return ageWords == null ? who : who + ", " + ageWords;
    }

    private static ItemStatus status(JsonNode series) {
        String status = String.valueOf(ImportFields.text(series, "eventStatus"));
        return status.endsWith("EventCancelled") || status.endsWith("EventPostponed")
                || status.endsWith("EventSuspended") ? ItemStatus.TEMPORARILY_CLOSED : ItemStatus.ACTIVE;
    }
}
