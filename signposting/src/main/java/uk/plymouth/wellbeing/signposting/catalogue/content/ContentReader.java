package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import uk.plymouth.wellbeing.signposting.catalogue.Activity;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;
import uk.plymouth.wellbeing.signposting.catalogue.HubService;
import uk.plymouth.wellbeing.signposting.location.PostcodeDirectory;
import uk.plymouth.wellbeing.signposting.location.PostcodeDistrict;

/**
 * Reads a content folder (on the classpath or on disk) and checks it. Either every file is right and a whole
 * {@link ContentSet} comes back, or {@link InvalidContentException} lists every problem.
 */
public final class ContentReader {

    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    /**
     * @param location a Spring resource location ending in '/', such as {@code classpath:content/} or
     *     {@code file:/srv/hubs/content/}
     * @param today used to spot "last verified" dates in the future
     */
    public ContentSet read(String location, LocalDate today) {
        String base = location.endsWith("/") ? location : location + "/";
        ContentProblems problems = new ContentProblems();
        ContentFile postcodesFile = one(base, "postcodes.yaml", problems);
        ContentFile hubsFile = one(base, "hubs.yaml", problems);
        ContentFile synonymsFile = one(base, "synonyms.txt", problems);
        List<ContentFile> serviceFiles = all(base, "services");
        List<ContentFile> activityFiles = all(base, "activities");
        problems.throwIfAny();
        return parse(postcodesFile, hubsFile, serviceFiles, activityFiles, synonymsFile, today);
    }

    /** Checks and reads files already in memory; the file names are used in problem messages. */
    static ContentSet parse(ContentFile postcodesFile, ContentFile hubsFile, List<ContentFile> serviceFiles,
            List<ContentFile> activityFiles, ContentFile synonymsFile, LocalDate today) {
        ContentProblems problems = new ContentProblems();
        List<PostcodeDistrict> districts = new PostcodeReader(problems).read(postcodesFile);
        PostcodeDirectory postcodes = new PostcodeDirectory(districts);
        List<Hub> hubs = new HubReader(problems, postcodes).read(hubsFile);
        IdRegister ids = new IdRegister(problems);
        hubs.forEach(hub -> ids.hubIds().add(hub.id()));
        ServiceReader serviceReader = new ServiceReader(problems, ids, today);
        List<HubService> services = new ArrayList<>();
        serviceFiles.forEach(file -> services.addAll(serviceReader.read(file)));
        ActivityReader activityReader = new ActivityReader(problems, ids, today);
        List<Activity> activities = new ArrayList<>();
        activityFiles.forEach(file -> activities.addAll(activityReader.read(file)));
        new SynonymsChecker(problems).check(synonymsFile);
        problems.throwIfAny();
        return new ContentSet(hubs, services, activities, districts, synonymsFile.text());
    }

    private ContentFile one(String base, String name, ContentProblems problems) {
        Resource resource = resources.getResource(base + name);
        if (!resource.exists()) {
            problems.add(name, 0, null, "file not found in " + base);
            return new ContentFile(name, "");
        }
        return new ContentFile(name, text(resource));
    }

    private List<ContentFile> all(String base, String folder) {
        try {
            return Arrays.stream(resources.getResources(base + folder + "/*.yaml"))
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
                    .map(r -> new ContentFile(folder + "/" + r.getFilename(), text(r)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + base + folder, e);
        }
    }

    private static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
