package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.ItemKind;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.catalogue.content.ItemForms;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.catalogue.store.DirectoryVersions;
import uk.plymouth.wellbeing.signposting.catalogue.store.StoredVersion;

/**
 * A staff screen's form checked by exactly the rules of the content files ({@link ItemForms}), against today's hubs
 * and places; for a new item, also that its id is not used by any other item, live, archived or only a draft.
 */
@Service
public class ItemChecks {

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final DirectoryVersions versions;
    private final Clock clock;

    ItemChecks(Catalogue catalogue, CatalogueStore store, DirectoryVersions versions, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Checks a form's fields (keyed as the content files' keys).
     *
     * @param isNew a new item: its id must be free
     * @return the {@code HubService}, {@code Activity} or {@code Hub}, or every problem with it
     */
    public Checked<?> check(ItemKind kind, Map<String, ?> fields, boolean isNew) {
        ItemForms forms = new ItemForms(catalogue.snapshot().hubs().keySet(), catalogue.places(),
                LocalDate.now(clock));
        Set<String> taken = isNew ? idsInUse(kind) : Set.of();
        return switch (kind) {
            case HUB -> forms.hub(fields, taken);
            case SERVICE -> forms.service(fields, taken);
            case ACTIVITY -> forms.activity(fields, taken);
        };
    }

    /** A record's fields as its content file has them: a form's starting values. */
    public static Map<String, Object> fieldsOf(Object record) {
        if (record instanceof HubService service) {
            return ItemForms.fieldsOf(service);
        }
        if (record instanceof Activity activity) {
            return ItemForms.fieldsOf(activity);
        }
        return ItemForms.fieldsOf((Hub) record);
    }

    /** Hubs share one id space; services and activities another. Archived ids are never reused. */
    private Set<String> idsInUse(ItemKind kind) {
        Set<String> ids = new HashSet<>();
        if (kind == ItemKind.HUB) {
            ids.addAll(catalogue.snapshot().hubs().keySet());
        } else {
            ids.addAll(catalogue.snapshot().services().keySet());
            ids.addAll(catalogue.snapshot().activities().keySet());
        }
        ids.addAll(store.archivedIds());
        versions.drafts().stream().map(StoredVersion::ref)
                .filter(ref -> (ref.kind() == ItemKind.HUB) == (kind == ItemKind.HUB))
                .forEach(ref -> ids.add(ref.id()));
        return ids;
    }
}
