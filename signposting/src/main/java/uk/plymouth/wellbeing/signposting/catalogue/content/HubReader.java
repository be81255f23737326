package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.OpeningHours;
import uk.plymouth.wellbeing.signposting.catalogue.TimeRange;
import uk.plymouth.wellbeing.signposting.location.GeoPoint;
import uk.plymouth.wellbeing.signposting.location.PlaceLookup;
import uk.plymouth.wellbeing.signposting.location.Postcode;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;

/** Reads {@code hubs.yaml}. */
final class HubReader {

    private static final Set<String> KEYS = Set.of("id", "name", "operator", "address", "postcode", "neighbourhood",
            "location", "phone", "email", "website", "sports_hub", "opening_hours", "getting_there", "accessibility");
    private static final double FARTHEST_FROM_DISTRICT_KM = 15;

    private final ContentProblems problems;
    private final PostcodeDirectory postcodes;
    private final Collection<String> takenIds;

    HubReader(ContentProblems problems, PostcodeDirectory postcodes) {
        this(problems, postcodes, Set.of());
    }

    /** @param takenIds ids of other hubs (archived ones too), which no hub read here may have */
    HubReader(ContentProblems problems, PostcodeDirectory postcodes, Collection<String> takenIds) {
        this.problems = problems;
        this.postcodes = postcodes;
        this.takenIds = takenIds;
    }

    List<Hub> read(ContentFile file) {
        List<Hub> hubs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap map : YamlDocument.entries(file, "hubs", "a hub", KEYS, problems)) {
            String id = map.text("id");
            if (!id.isEmpty() && !IdRegister.isValidId(id)) {
                map.problem("id", "\"" + id + "\" should be lower-case letters and digits joined by hyphens");
            } else if (takenIds.contains(id)) {
                map.problem("id", "\"" + id + "\" is already used by another hub; every id must be unique");
            } else if (!id.isEmpty() && !ids.add(id)) {
                map.problem("id", "hub \"" + id + "\" is listed twice");
            }
            read(map, id).ifPresent(hubs::add);
        }
        return hubs;
    }

    private Optional<Hub> read(YamlMap map, String id) {
        String name = map.text("name", 100);
        String operator = map.text("operator", 120);
        List<String> address = map.texts("address", true, 6, 100);
        String postcode = postcode(map);
        String neighbourhood = map.text("neighbourhood", 60);
        GeoPoint location = location(map, postcode);
        String phone = CommonFields.phone(map, "phone", true);
        String email = CommonFields.email(map, "email");
        String website = CommonFields.website(map, "website");
        boolean sportsHub = map.bool("sports_hub", false);
        OpeningHours hours = openingHours(map);
        String gettingThere = map.optionalText("getting_there", 1000);
        String accessibility = map.text("accessibility", 1000);
        if (id.isEmpty() || name.isEmpty() || postcode.isEmpty() || location == null || phone == null
                || hours == null) {
            return Optional.empty();
        }
        return Optional.of(new Hub(id, name, operator, address, postcode, neighbourhood, location, phone, email,
                website, sportsHub, hours, gettingThere, accessibility));
    }

    private String postcode(YamlMap map) {
        String text = map.text("postcode");
        if (text.isEmpty()) {
            return "";
        }
        Optional<Postcode> postcode = Postcode.parse(text).filter(Postcode::isFull);
        if (postcode.isEmpty()) {
            map.problem("postcode", "\"" + text + "\" is not a full UK postcode such as PL5 3AB");
            return "";
        }
        PlaceLookup place = postcodes.lookup(postcode.get());
        if (!(place instanceof PlaceLookup.Found)) {
            map.problem("postcode", postcode.get() + " is not in a Plymouth postcode district listed in "
                    + "postcodes.yaml");
        }
        return postcode.get().toString();
    }

    private @Nullable GeoPoint location(YamlMap map, String postcode) {
        Optional<YamlMap> location = map.map("location", true, "a map position", Set.of("lat", "lon"));
        if (location.isEmpty()) {
            return null;
        }
        double lat = location.get().number("lat", -90, 90);
        double lon = location.get().number("lon", -180, 180);
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            return null;
        }
        GeoPoint point = new GeoPoint(lat, lon);
        Postcode.parse(postcode).flatMap(p -> postcodes.district(p.district())).ifPresent(district -> {
            double km = point.distanceKm(district.centre());
            if (km > FARTHEST_FROM_DISTRICT_KM) {
                map.problem("location", String.format(Locale.UK, "is %.0f km from the middle of %s; check lat "
                        + "and lon (lat is about 50.4 and lon about -4.1 in Plymouth)", km, district.district()));
            }
        });
        return point;
    }

    private @Nullable OpeningHours openingHours(YamlMap map) {
        Map<String, YamlMap.LineText> lines = map.textsByKey("opening_hours", true);
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        boolean ok = !lines.isEmpty();
        for (Map.Entry<String, YamlMap.LineText> line : lines.entrySet()) {
            Optional<DayOfWeek> day = CommonFields.dayOf(line.getKey());
            if (day.isEmpty()) {
                map.problemAt(line.getValue().line(), "opening_hours." + line.getKey(),
                        "\"" + line.getKey() + "\" is not a day; use monday ... sunday");
                ok = false;
                continue;
            }
            List<TimeRange> ranges = ranges(map, line.getKey(), line.getValue());
            if (ranges == null) {
                ok = false;
            } else {
                days.put(day.get(), ranges);
            }
        }
        return ok ? new OpeningHours(days) : null;
    }

    private @Nullable List<TimeRange> ranges(YamlMap map, String day, YamlMap.LineText value) {
        String text = value.text();
        int line = value.line();
        String field = "opening_hours." + day;
        if (text.equalsIgnoreCase("closed")) {
            return List.of();
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("\\s*-\\s*");
            LocalTime start = ends.length == 2 ? map.parseTime(field, ends[0], line) : null;
            LocalTime end = ends.length == 2 ? map.parseTime(field, ends[1], line) : null;
            if (start == null || end == null || !end.isAfter(start)) {
                map.problemAt(line, field, day + ": \"" + text + "\" should be like \"09:00-17:00\", "
                        + "\"09:00-12:30, 13:30-17:00\" or closed");
                return null;
            }
            ranges.add(new TimeRange(start, end));
        }
        return ranges;
    }
}
