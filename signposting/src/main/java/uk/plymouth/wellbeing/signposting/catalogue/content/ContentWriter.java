package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Writes the directory back out as content files that {@link ContentReader} reads to the same records: the
 * database's export, and the seed for a new install. Comments in the original files are not kept.
 */
public final class ContentWriter {

    /** Services offered at this many hubs or more go in {@code services/city-wide.yaml}, as the bundled ones do. */
    public static final int CITY_WIDE_HUBS = 3;
    static final String CITY_WIDE = "city-wide";

    public String hubs(List<Hub> hubs) {
        return YamlText.file("hubs", hubs.stream().map(ItemFields::of).toList());
    }

    public String services(List<HubService> services) {
        return YamlText.file("services", services.stream().map(ItemFields::of).toList());
    }

    public String activities(List<Activity> activities) {
        return YamlText.file("activities", activities.stream().map(ItemFields::of).toList());
    }

    public String postcodes(List<PostcodeDistrict> districts) {
        return YamlText.file("districts", districts.stream().map(ItemFields::of).toList());
    }

    /**
     * Writes a whole content folder: {@code hubs.yaml}, {@code postcodes.yaml}, {@code synonyms.txt},
     * {@code services/<first hub>.yaml} ({@code services/city-wide.yaml} for a service at {@value #CITY_WIDE_HUBS}
     * hubs or more) and {@code activities/<hub>.yaml}. Each file is written whole and then moved into place, so a
     * reader never sees half a file. Refuses, writing nothing, when {@code services/} or {@code activities/} already
     * hold {@code .yaml} files it would not replace: reading the folder would mix them in.
     *
     * @throws IllegalArgumentException naming the files in the way
     * @throws UncheckedIOException when a file cannot be written
     */
    public void writeFolder(ContentSet set, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("hubs.yaml", hubs(set.hubs()));
        files.put("postcodes.yaml", postcodes(set.districts()));
        files.put("synonyms.txt", set.synonyms());
        byFile(set.services(), ContentWriter::serviceFile).forEach((name, group) ->
                files.put("services/" + name + ".yaml", services(group)));
        byFile(set.activities(), Activity::hubId).forEach((name, group) ->
                files.put("activities/" + name + ".yaml", activities(group)));
        try {
            refuseOthers(folder, files.keySet());
            for (Map.Entry<String, String> file : files.entrySet()) {
                write(folder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the content folder " + folder, e);
        }
    }

    /** The file a service goes in, without {@code .yaml}: its first hub, or city-wide. */
    static String serviceFile(HubService service) {
        return service.hubIds().size() >= CITY_WIDE_HUBS ? CITY_WIDE : service.hubIds().get(0);
    }

    private static <T> Map<String, List<T>> byFile(List<T> items, Function<T, String> file) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(file.apply(item), f -> new ArrayList<>()).add(item));
        return groups;
    }

    private static void refuseOthers(Path folder, Set<String> writing) throws IOException {
        Set<String> others = new TreeSet<>();
        for (String sub : List.of("services", "activities")) {
            Path dir = folder.resolve(sub);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(f -> sub + "/" + f.getFileName()).filter(n -> n.endsWith(".yaml"))
                            .filter(n -> !writing.contains(n)).forEach(others::add);
                }
            }
        }
        if (!others.isEmpty()) {
            throw new IllegalArgumentException(folder + " already holds " + String.join(", ", others)
                    + ", which this export would not replace; choose an empty folder");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
