package uk.plymouth.wellbeing.kiosk;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * The resident's current search on the kiosk: their words, the chips they chose and the page they are on.
 *
 * @param hubId one hub only (null: all hubs)
 */
record KioskSearch(String text, Set<Category> categories, @Nullable String hubId, DayChoice day, boolean freeOnly,
        int page) {

    static final KioskSearch NONE = new KioskSearch("", Set.of(), null, DayChoice.ANY, false, 0);

    KioskSearch {
        categories = Set.copyOf(categories);
    }

    static KioskSearch forText(String text) {
        return new KioskSearch(text.strip(), Set.of(), null, DayChoice.ANY, false, 0);
    }

    static KioskSearch forCategory(Category category) {
        return new KioskSearch("", Set.of(category), null, DayChoice.ANY, false, 0);
    }

    KioskSearch withText(String words) {
        return new KioskSearch(words.strip(), categories, hubId, day, freeOnly, 0);
    }

    KioskSearch toggle(Category category) {
        Set<Category> next = new java.util.HashSet<>(categories);
        if (!next.remove(category)) {
            next.add(category);
        }
        return new KioskSearch(text, next, hubId, day, freeOnly, 0);
    }

    KioskSearch onlyHub(@Nullable String id) {
        return new KioskSearch(text, categories, id, day, freeOnly, 0);
    }

    KioskSearch on(DayChoice choice) {
        return new KioskSearch(text, categories, hubId, choice, freeOnly, 0);
    }

    KioskSearch free(boolean only) {
        return new KioskSearch(text, categories, hubId, day, only, 0);
    }

    KioskSearch page(int number) {
        return new KioskSearch(text, categories, hubId, day, freeOnly, Math.max(0, number));
    }

    boolean isEmpty() {
        return text.isBlank() && categories.isEmpty();
    }
}
