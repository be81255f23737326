package uk.plymouth.wellbeing.openreferral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/** A hub as an Open Referral location, with its address, accessibility, phone and opening hours. */
final class HubLocations {

    private static final String CITY = "Plymouth";
    private static final String COUNTY = "Devon";
    private static final String COUNTRY = "GB";

    private HubLocations() {}

    /** Everything about the hub, as nested in a full service. */
    static OrukLocation full(Hub hub) {
        UUID id = OpenReferralIds.location(hub.id());
        return new OrukLocation(id, "physical", hub.name(), description(hub), hub.location().lat(),
                hub.location().lon(), hub.website(), hub.gettingThere(), List.of(address(hub)),
                List.of(new OrukAccessibility(OpenReferralIds.accessibility(hub.id()), id, hub.accessibility(),
                        hub.accessibility())),
                List.of(new OrukPhone(OpenReferralIds.locationPhone(hub.id()), null, id, hub.phone(),
                        "Hub reception")),
                Schedules.forLocation(hub));
    }

    /** The hub's one-to-one fields and its address, for lists. */
    static OrukLocation brief(Hub hub) {
        return new OrukLocation(OpenReferralIds.location(hub.id()), "physical", hub.name(), description(hub),
                hub.location().lat(), hub.location().lon(), hub.website(), null, List.of(address(hub)), null, null,
                null);
    }

    private static String description(Hub hub) {
        return hub.name() + " in " + hub.neighbourhood() + ", run by " + hub.operator() + "."
                + (hub.sportsHub() ? " A community sports hub." : "");
    }

    /** The address lines without the city, which has its own field. */
    private static OrukAddress address(Hub hub) {
        List<String> lines = new ArrayList<>(hub.address());
        if (lines.size() > 1 && lines.get(lines.size() - 1).strip().toLowerCase(Locale.UK)
                .equals(CITY.toLowerCase(Locale.UK))) {
            lines.remove(lines.size() - 1);
        }
        return new OrukAddress(OpenReferralIds.address(hub.id()), OpenReferralIds.location(hub.id()),
                String.join(", ", lines), CITY, COUNTY, hub.postcode(), COUNTRY, "physical");
    }
}
