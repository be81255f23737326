package uk.plymouth.wellbeing.signposting.directory.imports;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Category;

/**
 * Files an imported item under one of our fixed categories: a source term that is one of ours (by id or label) is
 * taken as it is; otherwise the category whose everyday words best match the item's terms, name and description is
 * chosen, or else the source's default, and the version note says the category was chosen by the import.
 */
final class CategoryChoice {

    private CategoryChoice() {}

    static Category of(Collection<String> terms, String words, Category fallback, ImportFields fields) {
        for (String term : terms) {
            Optional<Category> ours = ours(term);
            if (ours.isPresent()) {
                return ours.get();
            }
        }
        Optional<Category> byWords = bestMatch(String.join(" ", terms) + " " + words);
        String given = terms.isEmpty() ? "no category" : "terms " + String.join(", ", terms);
        if (byWords.isPresent()) {
            fields.note("category \"" + byWords.get().label() + "\" chosen from its words (the source gave "
                    + given + ")");
            return byWords.get();
        }
        fields.note("category \"" + fallback.label() + "\" given as none of ours fitted (the source gave " + given
                + ")");
        return fallback;
    }

    private static Optional<Category> ours(String term) {
        String plain = ImportFields.plain(term);
        return Arrays.stream(Category.values())
                .filter(c -> ImportFields.plain(c.id()).equals(plain) || ImportFields.plain(c.label()).equals(plain))
                .findFirst();
    }

    private static Optional<Category> bestMatch(String text) {
        Set<String> words = new HashSet<>(List.of(ImportFields.plain(text).split(" ")));
        @Nullable Category best = null;
        long bestScore = 0;
        for (Category category : Category.values()) {
            List<String> its = List.of(category.searchWords().split(" "));
            long score = its.stream().filter(words::contains).count();
            if (score > bestScore) {
                best = category;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
