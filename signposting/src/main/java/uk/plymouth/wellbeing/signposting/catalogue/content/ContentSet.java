package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.List;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/** Everything read from one content folder, checked and consistent. */
public record ContentSet(
        List<Hub> hubs,
        List<HubService> services,
        List<Activity> activities,
        List<PostcodeDistrict> districts,
        String synonyms) {

    public ContentSet {
        hubs = List.copyOf(hubs);
        services = List.copyOf(services);
        activities = List.copyOf(activities);
        districts = List.copyOf(districts);
    }
}
