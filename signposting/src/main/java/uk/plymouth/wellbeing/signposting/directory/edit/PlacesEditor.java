package uk.plymouth.wellbeing.signposting.directory.edit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.content.Checked;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentProblem;
import uk.plymouth.wellbeing.signposting.catalogue.content.ContentWriter;
import uk.plymouth.wellbeing.signposting.catalogue.content.PostcodeReader;
import uk.plymouth.wellbeing.signposting.catalogue.store.CatalogueStore;
import uk.plymouth.wellbeing.signposting.directory.LiveDirectory;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;

/**
 * Postcode places: the districts residents name ("PL5", "Whitleigh") and their centre points, in
 * {@code postcodes.yaml}'s format. Admins change them in the app, checked by the file's rules and so that every hub's
 * district stays; every instance takes them.
 */
@Service
public class PlacesEditor {

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final DirectoryAudit audit;
    private final LiveDirectory liveDirectory;
    private final Clock clock;

    PlacesEditor(Catalogue catalogue, CatalogueStore store, DirectoryAudit audit, LiveDirectory liveDirectory,
            Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.liveDirectory = liveDirectory;
        this.clock = clock;
    }

    /** The places search uses now, as the file writes them. */
    public String current() {
        return new ContentWriter().postcodes(catalogue.snapshot().districts());
    }

    /**
     * @throws InvalidItemException the text breaks the file's rules, or leaves a hub's district out
     * @throws EditNotAllowedException the member of staff is not an admin
     */
    public void save(StaffIdentity who, String text) {
        if (!who.isAdmin()) {
            throw new EditNotAllowedException("Only an admin can change postcode places.");
        }
        Checked<List<PostcodeDistrict>> checked = PostcodeReader.check(text);
        if (!checked.ok()) {
            throw new InvalidItemException(checked.problems());
        }
        List<PostcodeDistrict> districts = checked.value();
        Set<String> known = districts.stream().map(PostcodeDistrict::district).collect(Collectors.toSet());
        List<ContentProblem> missing = new ArrayList<>();
        for (Hub hub : catalogue.hubs()) {
            Postcode.parse(hub.postcode()).map(Postcode::district).filter(d -> !known.contains(d)).ifPresent(d ->
                    missing.add(new ContentProblem("postcodes.yaml", 0, "districts", d + " is where " + hub.name()
                            + " is: keep it in the list")));
        }
        if (!missing.isEmpty()) {
            throw new InvalidItemException(missing);
        }
        store.savePlaces(districts, clock.instant());
        audit.recordPlaces(clock.instant(), who.username(), districts.size() + " postcode districts saved");
        liveDirectory.catchUp();
    }
}
