package uk.plymouth.wellbeing.signposting.location;

import java.util.List;

/** A postcode district we know, with its centre point and the neighbourhoods in it. */
public record PostcodeDistrict(String district, GeoPoint centre, boolean inPlymouth, List<String> areas) {

    public PostcodeDistrict {
        areas = List.copyOf(areas);
    }
}
