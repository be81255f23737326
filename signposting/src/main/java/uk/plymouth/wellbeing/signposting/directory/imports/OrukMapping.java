package uk.plymouth.wellbeing.signposting.directory.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.AccessMode;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;

/**
 * One Open Referral UK 3.0 service (as {@code /services/{id}} gives it) as our {@link HubService} at the source's hub.
 * Required: {@code id}, {@code name} and {@code status}; an item without one is skipped.
 */
final class OrukMapping {

    private OrukMapping() {}

    /** Whether the source says the service closed for good (status {@code defunct}). */
    static boolean isDefunct(JsonNode service) {
        return "defunct".equalsIgnoreCase(String.valueOf(ImportFields.text(service, "status")));
    }

    static FetchedItem service(String externalId, JsonNode n, String hubId, LocalDate today, String hash)
            throws UnusableItemException {
        ImportFields fields = new ImportFields();
        String name = required(n, "name");
        ItemStatus status = status(required(n, "status"), fields);
        String description = ImportFields.text(n, "description");
        if (description == null) {
            fields.note("the source gave no description: its name stands in");
            description = name;
        }
        description = fields.fit(description, ImportFields.DESCRIPTION, "description");
        OrukSchedules.Times times = OrukSchedules.of(n);
        Contact contact = contact(n, fields);
        HubService service = new HubService("", List.of(hubId), category(n, name, description, fields),
                fields.fit(name, ImportFields.NAME, "name"), fields.firstSentence(description), description,
                whoFor(n, fields), OrukCosts.of(n, fields), access(n, contact, fields),
                fields.fitOrNull(times.inWords().isEmpty() ? null : String.join("; ", times.inWords()),
                        ImportFields.SHORT_TEXT, "when"),
                times.sessions(), contact,
                fields.fitOrNull(ImportFields.text(n.path("organization"), "name"), ImportFields.PROVIDER,
                        "provider"),
                List.of(), status, statusNote(n, status, fields), fields.checkedOn(ImportFields.text(n,
                        "assured_date"), today));
        return new FetchedItem(externalId, service, hash, postcode(n), fields.notes(), null);
    }

    private static String required(JsonNode n, String field) throws UnusableItemException {
        String value = ImportFields.text(n, field);
        if (value == null) {
            throw new UnusableItemException("has no " + field);
        }
        return value;
    }

    private static ItemStatus status(String status, ImportFields fields) throws UnusableItemException {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active" -> ItemStatus.ACTIVE;
            case "inactive", "temporarily closed", "temporarily_closed" -> ItemStatus.TEMPORARILY_CLOSED;
            default -> throw new UnusableItemException("has status \"" + status + "\", which is not one of active, "
                    + "inactive, defunct or temporarily closed");
        };
    }

    private static @Nullable String statusNote(JsonNode n, ItemStatus status, ImportFields fields) {
        String alert = ImportFields.text(n, "alert");
        if (alert == null && status == ItemStatus.TEMPORARILY_CLOSED) {
            alert = "Not running at the moment.";
        }
        return fields.fitOrNull(alert, ImportFields.SHORT_TEXT, "status note");
    }

    private static Category category(JsonNode n, String name, String description, ImportFields fields) {
        Set<String> terms = new LinkedHashSet<>();
        String ours = ImportFields.text(n, "category"); // this app's own API adds our category id
        if (ours != null) {
            terms.add(ours);
        }
        for (JsonNode attribute : n.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            for (String field : List.of("code", "name", "term")) {
                String text = ImportFields.text(term, field);
                if (text != null) {
                    terms.add(text);
                }
            }
        }
        return CategoryChoice.of(terms, name + " " + description, Category.ADVICE, fields);
    }

    private static String whoFor(JsonNode n, ImportFields fields) {
        String eligibility = ImportFields.text(n, "eligibility_description");
        if (eligibility != null) {
            return fields.fit(eligibility, ImportFields.SHORT_TEXT, "who it is for");
        }
        int min = n.path("minimum_age").asInt(0);
        int max = n.path("maximum_age").asInt(0);
        if (min > 0 || max > 0) {
            return max > 0 ? "Ages " + min + " to " + max : "Ages " + min + " and over";
        }
        return "Ask the service who it is for";
    }

    private static Contact contact(JsonNode n, ImportFields fields) {
        String phone = null;
        String email = ImportFields.text(n, "email");
        for (JsonNode contact : n.path("contacts")) {
            email = email != null ? email : ImportFields.text(contact, "email");
            for (JsonNode number : contact.path("phones")) {
                phone = phone != null ? phone : ImportFields.text(number, "number");
            }
        }
        for (JsonNode number : n.path("phones")) {
            phone = phone != null ? phone : ImportFields.text(number, "number");
        }
        return new Contact(fields.phone(phone), fields.email(email), fields.website(ImportFields.text(n, "url")));
    }

    private static List<AccessMode> access(JsonNode n, Contact contact, ImportFields fields) {
        String how = ImportFields.plain(String.valueOf(ImportFields.text(n, "application_process")));
        List<AccessMode> modes = new ArrayList<>();
        if (how.contains("drop in") || how.contains("just come")) {
            modes.add(AccessMode.DROP_IN);
        }
        if (how.contains("appointment") || how.contains("book")) {
            modes.add(AccessMode.APPOINTMENT);
        }
        if (how.contains("referral") || how.contains("referred")) {
            modes.add(AccessMode.REFERRAL);
        }
        if (how.contains("phone") || how.contains("call ")) {
            modes.add(AccessMode.PHONE);
        }
        if (modes.isEmpty()) {
            AccessMode assumed = contact.phone() != null ? AccessMode.PHONE : AccessMode.APPOINTMENT;
            fields.note("how to use it was not clear from the source: \"" + assumed.label() + "\" assumed");
            modes.add(assumed);
        }
        return modes;
    }

    private static @Nullable String postcode(JsonNode n) {
        for (JsonNode atLocation : n.path("service_at_locations")) {
            for (JsonNode address : atLocation.path("location").path("addresses")) {
                String postcode = ImportFields.text(address, "postal_code");
                if (postcode != null) {
                    return postcode;
                }
            }
        }
        return null;
    }
}
