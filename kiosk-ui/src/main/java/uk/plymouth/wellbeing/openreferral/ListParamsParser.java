package uk.plymouth.wellbeing.openreferral;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/**
 * Reads and checks the query parameters of the list endpoints. Anything wrong is a {@link ApiException#badRequest}
 * naming the parameter and what it accepts; parameters we do not know are ignored, as Open Referral allows.
 */
final class ListParamsParser {

    private static final String DAYS = "MO, TU, WE, TH, FR, SA, SU";

    private final PostcodeDirectory places;
    private final Function<String, Optional<String>> hubIds;

    /** @param hubIds turns a hub id or location UUID into our hub id, empty when there is no such hub */
    ListParamsParser(PostcodeDirectory places, Function<String, Optional<String>> hubIds) {
        this.places = places;
        this.hubIds = hubIds;
    }

    ListParams parse(Map<String, String> params) {
        String text = value(params, "search");
        if (text == null) {
            text = value(params, "text"); // Open Referral UK v1's name for it
        }
        String postcode = null;
        GeoPoint origin = null;
        String postcodeText = value(params, "postcode");
        if (postcodeText != null) {
            Postcode parsed = postcode(postcodeText);
            postcode = parsed.toString();
            origin = origin(parsed);
        }
        Double radiusKm = radiusKm(value(params, "proximity"), postcode != null);
        return new ListParams(text == null ? "" : text, categories(params), hub(value(params, "hub_id")),
                day(value(params, "day")), free(value(params, "free")), postcode, origin, radiusKm,
                page(params), perPage(params), modifiedAfter(value(params, "modified_after")));
    }

    static int page(Map<String, String> params) {
        String page = value(params, "page");
        if (page == null) {
            return 1;
        }
        Long number = wholeNumber(page);
        if (number == null || number < 1) {
            throw ApiException.badRequest("page must be a whole number from 1, not " + ApiException.quoted(page));
        }
        if (number > Integer.MAX_VALUE) {
            throw ApiException.badRequest("page must be at most " + Integer.MAX_VALUE + ", not "
                    + ApiException.quoted(page) + " (a page past the last one comes back empty: see total_pages)");
        }
        return number.intValue();
    }

    static int perPage(Map<String, String> params) {
        String perPage = value(params, "per_page");
        if (perPage == null) {
            return ListParams.DEFAULT_PER_PAGE;
        }
        Long number = wholeNumber(perPage);
        if (number == null) {
            throw ApiException.badRequest("per_page must be a whole number between 1 and " + ListParams.MAX_PER_PAGE
                    + ", not " + ApiException.quoted(perPage));
        }
        if (number < 1 || number > ListParams.MAX_PER_PAGE) {
            throw ApiException.badRequest("per_page must be between 1 and " + ListParams.MAX_PER_PAGE);
        }
        return number.intValue();
    }

    /** A category by its code ({@code food}) or its taxonomy term UUID. */
    static Optional<Category> category(String idOrCode) {
        Optional<UUID> uuid = OpenReferralIds.parse(idOrCode);
        if (uuid.isPresent()) {
            return Arrays.stream(Category.values())
                    .filter(c -> OpenReferralIds.taxonomyTerm(c.id()).equals(uuid.get())).findFirst();
        }
        return Category.fromId(idOrCode);
    }

    private static Set<Category> categories(Map<String, String> params) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        String terms = value(params, "taxonomy_term_id");
        if (terms != null) {
            for (String term : terms.split(",")) {
                categories.add(category(term.strip()).orElseThrow(() -> ApiException.badRequest(
                        "taxonomy_term_id " + ApiException.quoted(term.strip()) + " is not one of our taxonomy terms:"
                                + " use an id from /api/taxonomy_terms or a category code such as food")));
            }
        }
        String taxonomy = value(params, "taxonomy_id");
        if (taxonomy != null && !OpenReferralIds.parse(taxonomy).equals(Optional.of(OpenReferralIds.taxonomy()))) {
            throw ApiException.badRequest("taxonomy_id " + ApiException.quoted(taxonomy)
                    + " is not our taxonomy: the only one is " + OpenReferralIds.taxonomy());
        }
        return categories;
    }

    private @Nullable String hub(@Nullable String hubId) {
        if (hubId == null) {
            return null;
        }
        return hubIds.apply(hubId).orElseThrow(() -> ApiException.badRequest("hub_id " + ApiException.quoted(hubId)
                + " is not one of our hubs: use a hub id or a location id from /api/service_at_locations"));
    }

    /** MO, TU, ... as Open Referral writes them; day names (monday, mon) are accepted too. */
    static @Nullable DayOfWeek day(@Nullable String day) {
        if (day == null) {
            return null;
        }
        String wanted = day.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            String name = candidate.name();
            if (wanted.length() >= 2 && (wanted.equals(name) || wanted.equals(name.substring(0, 2))
                    || wanted.equals(name.substring(0, 3)))) {
                return candidate;
            }
        }
        throw ApiException.badRequest("day must be one of " + DAYS + ", not " + ApiException.quoted(day));
    }

    /** A date and time ("2026-11-01T09:00:00Z", with or without an offset) or a date (from its start, UTC). */
    static java.time.@Nullable Instant modifiedAfter(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException notWithOffset) {
            try {
                return java.time.LocalDateTime.parse(value).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notDateTime) {
                try {
                    return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (java.time.format.DateTimeParseException notDate) {
                    throw ApiException.badRequest("modified_after must be a date and time such as "
                            + "2026-11-01T09:00:00Z, or a date such as 2026-11-01, not " + ApiException.quoted(text));
                }
            }
        }
    }

    private static boolean free(@Nullable String free) {
        if (free == null) {
            return false;
        }
        return switch (free.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw ApiException.badRequest("free must be true or false, not " + ApiException.quoted(free));
        };
    }

    private static Postcode postcode(String text) {
        return Postcode.parse(text).orElseThrow(() -> ApiException.badRequest("postcode " + ApiException.quoted(text)
                + " doesn't look like a UK postcode: give a full one such as PL5 3AB, or a district such as PL5"));
    }

    /** Unknown districts are refused rather than silently left unsorted: see docs/open-data-api.md. */
    private GeoPoint origin(Postcode postcode) {
        PlaceLookup place = places.lookup(postcode);
        GeoPoint point = place.point();
        if (point == null) {
            throw ApiException.badRequest("We don't know where postcode " + ApiException.quoted(postcode.toString())
                    + " is: we cover the Plymouth postcode districts PL1 to PL9 and the districts around them");
        }
        return point;
    }

    private static @Nullable Double radiusKm(@Nullable String proximity, boolean hasPostcode) {
        if (proximity == null) {
            return null;
        }
        double metres;
        try {
            metres = Double.parseDouble(proximity.strip());
        } catch (NumberFormatException notANumber) {
            metres = Double.NaN;
        }
        if (!Double.isFinite(metres) || metres <= 0) {
            throw ApiException.badRequest("proximity must be a distance in metres greater than 0, not "
                    + ApiException.quoted(proximity));
        }
        if (!hasPostcode) {
            throw ApiException.badRequest("proximity needs a postcode to measure from");
        }
        return metres / 1000.0;
    }

    /**
     * Digits as a number (leading zeros allowed); null for anything else. A number too large for a long is
     * {@link Long#MAX_VALUE}: still a whole number, just too large for any limit.
     */
    private static @Nullable Long wholeNumber(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 18 ? Long.MAX_VALUE : Long.parseLong(significant);
    }

    /** A parameter's value, or null when it is missing or blank. */
    private static @Nullable String value(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
