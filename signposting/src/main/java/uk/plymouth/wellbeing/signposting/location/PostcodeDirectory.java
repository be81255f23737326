package uk.plymouth.wellbeing.signposting.location;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns postcodes and neighbourhood names into points on the map, from the districts in the content files. */
public final class PostcodeDirectory {

    private final Map<String, PostcodeDistrict> byDistrict = new HashMap<>();
    private final Map<String, PostcodeDistrict> byArea = new HashMap<>();

    public PostcodeDirectory(List<PostcodeDistrict> districts) {
        for (PostcodeDistrict district : districts) {
            byDistrict.put(district.district(), district);
            for (String area : district.areas()) {
                byArea.putIfAbsent(area.toLowerCase(Locale.UK), district);
            }
        }
    }

    public static PostcodeDirectory empty() {
        return new PostcodeDirectory(List.of());
    }

    public Optional<PostcodeDistrict> district(String outwardCode) {
        return Optional.ofNullable(byDistrict.get(outwardCode.toUpperCase(Locale.UK)));
    }

    /** Looks up a postcode, a district or a neighbourhood name typed by a resident. */
    public PlaceLookup lookup(String text) {
        String trimmed = text.trim();
        PostcodeDistrict area = byArea.get(trimmed.toLowerCase(Locale.UK).replaceAll("\\s+", " "));
        if (area != null) {
            return new PlaceLookup.Found(titleCase(trimmed), area.centre());
        }
        return Postcode.parse(trimmed).<PlaceLookup>map(this::lookup).orElseGet(() -> new PlaceLookup.Invalid(
                trimmed.length() > 20 ? trimmed.substring(0, 20) + "..." : trimmed));
    }

    public PlaceLookup lookup(Postcode postcode) {
        PostcodeDistrict district = byDistrict.get(postcode.district());
        if (district == null) {
            return new PlaceLookup.Unknown(postcode.toString());
        }
        return district.inPlymouth()
                ? new PlaceLookup.Found(postcode.toString(), district.centre())
                : new PlaceLookup.OutsidePlymouth(postcode.toString(), district.centre());
    }

    /** Neighbourhood names we know, lower case, for spotting "in Plympton" inside a search. */
    public java.util.Set<String> areaNames() {
        return java.util.Collections.unmodifiableSet(byArea.keySet());
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.toLowerCase(Locale.UK).split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
