package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.ItemForms;

/**
 * Checks a record by the very rules the content files are read with ({@link ItemForms}), whichever way it came in:
 * a staff screen, an import or a restore.
 */
@Component
class ItemRules {

    private final Catalogue catalogue;
    private final Clock clock;

    ItemRules(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Every problem with the record; empty when it may be saved. */
    List<ContentProblem> problemsWith(Object record) {
        CatalogueSnapshot live = catalogue.snapshot();
        ItemForms forms = new ItemForms(live.hubs().keySet(), live.places(), LocalDate.now(clock));
        if (record instanceof HubService service) {
            return forms.service(ItemForms.fieldsOf(service)).problems();
        }
        if (record instanceof Activity activity) {
            return forms.activity(ItemForms.fieldsOf(activity)).problems();
        }
        if (record instanceof Hub hub) {
            return forms.hub(ItemForms.fieldsOf(hub)).problems();
        }
        throw new IllegalArgumentException("Not a directory record: " + record.getClass());
    }
}
