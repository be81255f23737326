package uk.plymouth.wellbeing.signposting.catalogue;

import java.util.List;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import org.jspecify.annotations.Nullable;

/** A Wellbeing Hub: a place residents can walk into. */
public record Hub(
        String id,
        String name,
        String operator,
        List<String> address,
        String postcode,
        String neighbourhood,
        GeoPoint location,
        String phone,
        @Nullable String email,
        @Nullable String website,
        boolean sportsHub,
        OpeningHours openingHours,
        @Nullable String gettingThere,
        String accessibility) {

    public Hub {
        address = List.copyOf(address);
    }

    /** "Four Greens Community Centre, 1 Sample Road, Whitleigh, Plymouth PL5 4XX" */
    public String addressInOneLine() {
        return String.join(", ", address) + " " + postcode;
    }
}
