package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/** Reads {@code postcodes.yaml}: the districts we know and their centre points. */
public final class PostcodeReader {

    private static final Set<String> KEYS = Set.of("district", "lat", "lon", "in_plymouth", "areas");

    private final ContentProblems problems;

    PostcodeReader(ContentProblems problems) {
        this.problems = problems;
    }

    /** Postcode places typed on a screen in {@code postcodes.yaml}'s format: the districts, or every problem. */
    public static Checked<List<PostcodeDistrict>> check(String text) {
        ContentProblems problems = new ContentProblems();
        List<PostcodeDistrict> districts = new PostcodeReader(problems).read(new ContentFile("postcodes.yaml", text));
        if (problems.list().isEmpty() && districts.isEmpty()) {
            problems.add("postcodes.yaml", 0, "districts", "list at least one postcode district");
        }
        return problems.list().isEmpty() ? new Checked<>(districts, List.of()) : new Checked<>(null, problems.list());
    }

    List<PostcodeDistrict> read(ContentFile file) {
        List<PostcodeDistrict> districts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap map : YamlDocument.entries(file, "districts", "a postcode district", KEYS, problems)) {
            String code = map.text("district").toUpperCase(java.util.Locale.UK);
            double lat = map.number("lat", 49, 61);
            double lon = map.number("lon", -9, 2);
            boolean inPlymouth = map.bool("in_plymouth", null);
            List<String> areas = map.texts("areas", false);
            if (!code.isEmpty() && Postcode.parse(code).filter(p -> !p.isFull()).isEmpty()) {
                map.problem("district", "\"" + code + "\" is not a postcode district such as PL5");
            } else if (!code.isEmpty() && !seen.add(code)) {
                map.problem("district", code + " is listed twice");
            }
            if (!code.isEmpty() && !Double.isNaN(lat) && !Double.isNaN(lon)) {
                districts.add(new PostcodeDistrict(code, new GeoPoint(lat, lon), inPlymouth, areas));
            }
        }
        return districts;
    }
}
