package uk.plymouth.wellbeing.kiosk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.base.Translations;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemStatus;
import uk.plymouth.wellbeing.signposting.search.SearchHit;
import uk.plymouth.wellbeing.signposting.search.Snippet;
import uk.plymouth.wellbeing.signposting.timetable.Timetable;

/** Puts directory items into the words a kiosk card and details page show. */
@Component
class ItemWords {

    private final Catalogue catalogue;
    private final Timetable timetable;
    private final Translations translations;
    private final Clock clock;

    ItemWords(Catalogue catalogue, Timetable timetable, Translations translations, Clock clock) {
        this.catalogue = catalogue;
        this.timetable = timetable;
        this.translations = translations;
        this.clock = clock;
    }

    ResultCard.Content card(SearchHit hit, Locale locale) {
        DirectoryItem item = hit.item();
        Hub hub = catalogue.hub(hit.nearestHubId()).orElse(null);
        String hubName = hub == null ? "" : hub.name();
        String where = hit.distanceKm() != null
                ? translations.getTranslation("kiosk.card.distance", locale, hubName,
                        String.format(Locale.UK, "%.1f", hit.distanceKm()))
                : hub == null ? "" : hubName + ", " + hub.neighbourhood();
        return new ResultCard.Content(item.id(), item.title(), where, when(item, locale), cost(item, locale),
                closed(item, locale), onNow(item, locale), hit.snippet(), DetailView.href(item.id()));
    }

    ResultCard.Content card(DirectoryItem item, @Nullable String hubId, Locale locale) {
        Hub hub = catalogue.hub(hubId != null && item.hubIds().contains(hubId) ? hubId : item.hubIds().get(0))
                .orElse(null);
        String where = hub == null ? "" : hub.name() + ", " + hub.neighbourhood();
        return new ResultCard.Content(item.id(), item.title(), where, when(item, locale), cost(item, locale),
                closed(item, locale), onNow(item, locale), Snippet.plain(item.summary()), DetailView.href(item.id()));
    }

    @Nullable
    String when(DirectoryItem item, Locale locale) {
        if (item.status() != ItemStatus.ACTIVE) {
            return null;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return timetable.nextSession(item)
                .map(next -> translations.getTranslation("kiosk.card.next", locale, timetable.nextInWords(item, now)))
                .orElse(null);
    }

    String cost(DirectoryItem item, Locale locale) {
        return item.cost().free() && item.cost().text().equalsIgnoreCase("free")
                ? translations.getTranslation("kiosk.free", locale) : item.cost().text();
    }

    @Nullable
    String closed(DirectoryItem item, Locale locale) {
        return item.status() == ItemStatus.ACTIVE ? null : translations.getTranslation("kiosk.closed", locale);
    }

    @Nullable
    String onNow(DirectoryItem item, Locale locale) {
        return item.status() == ItemStatus.ACTIVE && timetable.isOnNow(item)
                ? translations.getTranslation(item instanceof Activity ? "kiosk.onNow" : "kiosk.openNow", locale)
                : null;
    }

    String howToGetIt(DirectoryItem item, Locale locale) {
        if (item instanceof Activity activity) {
            String booking = translations.getTranslation(activity.bookingNeeded() ? "kiosk.access.book"
                    : "kiosk.access.dropIn", locale);
            return activity.bookingNote() == null ? booking : booking + " " + activity.bookingNote();
        }
        // several ways in are choices: "Just drop in, or book an appointment"
        List<String> ways = ((HubService) item).access().stream()
                .map(mode -> translations.getTranslation("kiosk.access." + mode.id(), locale)).toList();
        StringBuilder words = new StringBuilder(ways.get(0));
        for (String way : ways.subList(1, ways.size())) {
            words.append(translations.getTranslation("kiosk.access.or", locale))
                    .append(Character.toLowerCase(way.charAt(0))).append(way.substring(1));
        }
        return words.append('.').toString();
    }

    String whenInWords(DirectoryItem item) {
        return timetable.whenInWords(item);
    }

    /**
     * "Details checked in March 2026": when staff last checked the item, by month, in the kiosk's language; "" when
     * its file does not say (activities need not).
     */
    String checkedIn(DirectoryItem item, Locale locale) {
        if (item.lastVerified() == null) {
            return "";
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern(
                translations.getTranslation("kiosk.detail.checkedFormat", locale), locale);
        return translations.getTranslation("kiosk.detail.checked", locale, month.format(item.lastVerified()));
    }

    String categoryLabel(Category category, Locale locale) {
        return translations.getTranslation("category." + category.id(), locale);
    }
}
