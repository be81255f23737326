package uk.plymouth.wellbeing.signposting.directory.imports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.ItemRef;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.LiveRecords;

/**
 * Ids for imported items that are new to us: the slug of the name ({@code Walking Football} is
 * {@code walking-football}), with {@code -2}, {@code -3}... when a service, activity or any version already has it.
 */
final class NewItemIds {

    private static final int MAX_LENGTH = 64;

    private final DirectoryVersions versions;
    private final LiveRecords live;
    private final Set<String> given = new HashSet<>();

    NewItemIds(DirectoryVersions versions, LiveRecords live) {
        this.versions = versions;
        this.live = live;
    }

    String forName(String name) {
        String base = slug(name);
        String id = base;
        for (int n = 2; isTaken(id); n++) {
            String suffix = "-" + n;
            id = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
        }
        given.add(id);
        return id;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String cut = plain.length() <= MAX_LENGTH - 4 ? plain : plain.substring(0, MAX_LENGTH - 4)
                .replaceAll("-+$", "");
        return cut.isEmpty() ? "imported" : cut;
    }

    private boolean isTaken(String id) {
        if (given.contains(id)) {
            return true;
        }
        for (ItemKind kind : ItemKind.values()) {
            ItemRef ref = new ItemRef(kind, id);
            if (versions.latest(ref) > 0 || live.find(ref).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
