package uk.plymouth.wellbeing.openreferral;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * How our content ids become the UUIDs Open Referral asks for. Every UUID is a name-based (version 3) UUID of
 * {@code "plymouth-hubs:<kind>:<our id>"}, so the same record always gets the same UUID, across calls, restarts
 * and machines, and records of different kinds never share one.
 */
final class OpenReferralIds {

    private static final String PREFIX = "plymouth-hubs:";

    private OpenReferralIds() {}

    /** A service or an activity: activities are published as services, in their own namespace. */
    static UUID service(DirectoryItem item) {
        return item.kind() == DirectoryItem.Kind.ACTIVITY ? activity(item.id()) : service(item.id());
    }

    static UUID service(String serviceId) {
        return of("service", serviceId);
    }

    static UUID activity(String activityId) {
        return of("activity", activityId);
    }

    static UUID location(String hubId) {
        return of("location", hubId);
    }

    static UUID address(String hubId) {
        return of("address", hubId);
    }

    static UUID accessibility(String hubId) {
        return of("accessibility", hubId);
    }

    /** Organisations have no id in our content, so their name (case and spacing aside) is the key. */
    static UUID organization(String name) {
        return of("organization", name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK));
    }

    static UUID serviceAtLocation(DirectoryItem item, String hubId) {
        return of("service_at_location", itemKey(item) + ":" + hubId);
    }

    /** {@code part} names the schedule within its owner, e.g. {@code session:10:00-12:00}. */
    static UUID schedule(String owner, String part) {
        return of("schedule", owner + ":" + part);
    }

    static UUID contact(DirectoryItem item, String part) {
        return of("contact", itemKey(item) + ":" + part);
    }

    static UUID phone(UUID contactId) {
        return of("phone", contactId.toString());
    }

    static UUID locationPhone(String hubId) {
        return of("phone", "location:" + hubId);
    }

    static UUID costOption(DirectoryItem item) {
        return of("cost_option", itemKey(item));
    }

    static UUID attribute(DirectoryItem item, String categoryId) {
        return of("attribute", itemKey(item) + ":" + categoryId);
    }

    static UUID taxonomy() {
        return of("taxonomy", "categories");
    }

    static UUID taxonomyTerm(String categoryId) {
        return of("taxonomy_term", categoryId);
    }

    /** "service:fg-debt-advice" or "activity:fg-job-club": the owner key for schedules and contacts. */
    static String itemKey(DirectoryItem item) {
        return item.kind().name().toLowerCase(Locale.ROOT) + ":" + item.id();
    }

    static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The text as a UUID, if it is written as one (any case). */
    static Optional<UUID> parse(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static UUID of(String kind, String id) {
        return UUID.nameUUIDFromBytes((PREFIX + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }
}
