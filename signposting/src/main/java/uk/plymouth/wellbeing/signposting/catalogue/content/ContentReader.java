package uk.plymouth.wellbeing.signposting.catalogue.content;

import java.io.IOException;
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

    private final ResourcePatternResolver resources;

    public ContentReader() {
        this(new PathMatchingResourcePatternResolver());
    }

    ContentReader(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    /**
     * Refuses, rather than reading an empty directory, when {@code services/} or {@code activities/} is missing or
     * has no {@code .yaml} files, or when any file cannot be read: saving such a set would archive everything.
     *
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
        List<ContentFile> serviceFiles = all(base, "services", problems);
        List<ContentFile> activityFiles = all(base, "activities", problems);
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
        return read(resource, name, problems);
    }

    private List<ContentFile> all(String base, String folder, ContentProblems problems) {
        Resource[] found;
        try {
            found = resources.getResources(base + folder + "/*.yaml");
        } catch (IOException e) {
            problems.add(folder + "/", 0, null, "cannot be listed (" + e.getMessage() + "): nothing was changed");
            return List.of();
        }
        if (found.length == 0) {
            problems.add(folder + "/", 0, null, "is missing or has no .yaml files: nothing was changed");
        }
        return Arrays.stream(found)
                .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
                .map(r -> read(r, folder + "/" + r.getFilename(), problems))
                .toList();
    }

    private static ContentFile read(Resource resource, String name, ContentProblems problems) {
        if (!resource.isReadable()) {
            problems.add(name, 0, null, "cannot be read (permissions?): nothing was changed");
            return new ContentFile(name, "");
        }
        try (var in = resource.getInputStream()) {
            return new ContentFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(name, 0, null, "cannot be read (" + e.getMessage() + "): nothing was changed");
            return new ContentFile(name, "");
        }
    }
}
