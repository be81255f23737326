package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.LocalDate;
import java.util.stream.Collectors;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueSnapshot;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.ItemForms;

/**
 * Every imported item goes through {@link ItemForms}, the content files' own rules, as staff screens' items do: an
 * item the files would refuse is skipped with the files' words for why, and one they accept is taken as they read
 * it (tags in lower case, say), so every way into the directory keeps the same rules.
 */
final class ImportChecks {

    private final ItemForms forms;

    ImportChecks(CatalogueSnapshot live, LocalDate today) {
        this.forms = new ItemForms(live.hubs().keySet(), live.places(), today);
    }

    Checked<?> check(Object record) {
        if (record instanceof HubService service) {
            return forms.service(ItemForms.fieldsOf(service));
        }
        if (record instanceof Activity activity) {
            return forms.activity(ItemForms.fieldsOf(activity));
        }
        throw new IllegalArgumentException("Not a service or activity: " + record.getClass());
    }

    /** "field 'name': ...; field 'contact.phone': ..." */
    static String inWords(Checked<?> refused) {
        return refused.problems().stream().map(ImportChecks::inWords).collect(Collectors.joining("; "));
    }

    private static String inWords(ContentProblem problem) {
        return (problem.field() == null ? "" : "field '" + problem.field() + "': ") + problem.message();
    }
}
