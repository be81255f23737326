package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.Contact;
import uk.plymouth.wellbeing.signposting.catalogue.Cost;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;

/** Fields that services, activities and hubs share, read the same way everywhere. */
final class CommonFields {

    static final List<String> DAYS =
            Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{3,20}$");
    private static final Set<String> CONTACT_KEYS = Set.of("phone", "email", "website");

    private CommonFields() {}

    static @Nullable Category category(YamlMap map) {
        return map.choice("category", Category::fromId, Category.ids(), true);
    }

    static ItemStatus status(YamlMap map) {
        ItemStatus status = map.choice("status", ItemStatus::fromId,
                Arrays.stream(ItemStatus.values()).map(ItemStatus::id).toList(), false);
        return status == null ? ItemStatus.ACTIVE : status;
    }

    static @Nullable Cost cost(YamlMap map) {
        String text = map.text("cost", 120);
        return text.isEmpty() ? null : Cost.parse(text);
    }

    static @Nullable DayOfWeek day(YamlMap map, String key) {
        return map.choice(key, CommonFields::dayOf, DAYS, true);
    }

    static Optional<DayOfWeek> dayOf(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /** A start and end time; null (with a problem) when either is wrong or the end is not after the start. */
    static @Nullable TimeRange timeRange(YamlMap map) {
        LocalTime start = map.time("start");
        LocalTime end = map.time("end");
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            map.problem("end", "ends at " + end + ", which is not after the start (" + start + ")");
            return null;
        }
        return new TimeRange(start, end);
    }

    static @Nullable String phone(YamlMap map, String key, boolean required) {
        String phone = required ? map.text(key) : map.optionalText(key);
        if (phone != null && !phone.isEmpty() && !isPhone(phone)) {
            map.problem(key, "\"" + phone + "\" does not look like a phone number");
        }
        return phone == null || phone.isEmpty() ? null : phone;
    }

    static boolean isPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 3 && digits <= 15;
    }

    static @Nullable String email(YamlMap map, String key) {
        String email = map.optionalText(key);
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            map.problem(key, "\"" + email + "\" does not look like an e-mail address");
        }
        return email;
    }

    static @Nullable String website(YamlMap map, String key) {
        String website = map.optionalText(key);
        if (website != null && !website.matches("^https?://\\S+$")) {
            map.problem(key, "\"" + website + "\" should be a full web address starting with https://");
        }
        return website;
    }

    static Contact contact(YamlMap map) {
        return map.map("contact", false, "contact details", CONTACT_KEYS)
                .map(c -> new Contact(phone(c, "phone", false), email(c, "email"), website(c, "website")))
                .orElse(Contact.none());
    }

    static List<String> tags(YamlMap map) {
        return map.texts("tags", false, 40, 60).stream().map(t -> t.toLowerCase(Locale.UK)).distinct().toList();
    }

    static @Nullable LocalDate lastVerified(YamlMap map, boolean required, LocalDate today) {
        LocalDate date = map.date("last_verified", required);
        if (date != null && date.isAfter(today)) {
            map.problem("last_verified", date + " is in the future");
        }
        return date;
    }
}
