package uk.plymouth.wellbeing.signposting.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every survey and every version of it, read from {@code surveys/*.yaml} in the content folder and checked. Either
 * every file is right, or {@link InvalidSurveyException} names each problem's file, line and field.
 *
 * <h2>Versions</h2>
 * Stored answers are only meaningful next to the questions that were asked, so a version never changes:
 * <ul>
 *   <li>{@code surveys/<id>.yaml} is the version asked now ({@link #current(String)});</li>
 *   <li>{@code surveys/<id>.v<n>.yaml} keeps version n as it was ({@link #version(String, int)}).</li>
 * </ul>
 * To change a survey, first copy {@code swemwbs.yaml} to {@code swemwbs.v1.yaml} (for version 1) and leave that
 * copy alone; then edit {@code swemwbs.yaml} and raise its {@code version} to 2. Any change counts (wording,
 * options, bands, messages); only {@code enabled} may change in place. The load is refused when a kept file's name
 * and version disagree, when the current file has the same version as a kept one but says something different
 * (the survey was edited without a new version number), or when the current version is not the highest. A survey
 * whose current file is deleted is retired: its kept versions still load, but it is not offered.
 */
public final class SurveyDefinitions {

    static final String FOLDER = "surveys";
    private static final Pattern FILE_NAME = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.v([0-9]{1,4}))?\\.yaml$");

    private final Map<String, Survey> current;
    private final Map<String, TreeMap<Integer, Survey>> versions;
    private final Set<String> disabled;

    private SurveyDefinitions(Map<String, Survey> current, Map<String, TreeMap<Integer, Survey>> versions,
            Collection<String> disabled) {
        this.current = Map.copyOf(current);
        this.versions = Map.copyOf(versions);
        this.disabled = disabled.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** No surveys at all. */
    public static SurveyDefinitions none() {
        return new SurveyDefinitions(Map.of(), Map.of(), Set.of());
    }

    /**
     * Reads {@code surveys/*.yaml} under a content folder. No such folder means no surveys.
     *
     * @param location a Spring resource location such as {@code classpath:content/} or {@code file:../content/}
     * @param disabled ids of surveys not to offer, whatever their files say (SWEMWBS until its licence is in place)
     * @throws InvalidSurveyException listing every problem in the files
     */
    public static SurveyDefinitions read(String location, Collection<String> disabled) {
        String base = location.endsWith("/") ? location : location + "/";
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        if (!resources.getResource(base + FOLDER + "/").exists()) {
            return parse(List.of(), disabled);
        }
        try {
            Resource[] found = resources.getResources(base + FOLDER + "/*.yaml");
            List<SurveyFile> files = Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
                    .map(r -> new SurveyFile(FOLDER + "/" + r.getFilename(), text(r)))
                    .toList();
            return parse(files, disabled);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + base + FOLDER, e);
        }
    }

    /** Checks and reads files already in memory; their names are used in problem messages. */
    static SurveyDefinitions parse(List<SurveyFile> files, Collection<String> disabled) {
        SurveyProblems problems = new SurveyProblems();
        SurveyReader reader = new SurveyReader(problems);
        Map<String, SurveyReader.Read> currentFiles = new TreeMap<>();
        Map<String, TreeMap<Integer, SurveyReader.Read>> keptFiles = new TreeMap<>();
        for (SurveyFile file : files) {
            String fileName = file.name().substring(file.name().lastIndexOf('/') + 1);
            Matcher name = FILE_NAME.matcher(fileName);
            if (!name.matches()) {
                problems.add(file.name(), 0, null, "name a survey file after its id: <id>.yaml for the version asked "
                        + "now, <id>.v<version>.yaml for an older version kept as it was (swemwbs.v1.yaml)");
                continue;
            }
            Optional<SurveyReader.Read> read = reader.read(file);
            if (read.isEmpty()) {
                continue;
            }
            Survey survey = read.get().survey();
            if (!survey.id().equals(name.group(1))) {
                problems.add(file.name(), read.get().idLine(), "id", "\"" + survey.id() + "\" differs from the file"
                        + " name; a survey's file is named after its id (" + survey.id() + ".yaml)");
            } else if (name.group(2) == null) {
                currentFiles.put(survey.id(), read.get());
            } else if (Integer.parseInt(name.group(2)) != survey.version()) {
                problems.add(file.name(), read.get().versionLine(), "version", "the file name says it keeps "
                        + "version " + Integer.parseInt(name.group(2)) + " but it holds version " + survey.version());
            } else {
                keptFiles.computeIfAbsent(survey.id(), id -> new TreeMap<>()).put(survey.version(), read.get());
            }
        }
        Map<String, Survey> current = new HashMap<>();
        Map<String, TreeMap<Integer, Survey>> versions = new HashMap<>();
        keptFiles.forEach((id, kept) -> kept.forEach((version, read) ->
                versions.computeIfAbsent(id, i -> new TreeMap<>()).put(version, read.survey())));
        Map<String, SurveyReader.Read> keywords = new HashMap<>();
        for (SurveyReader.Read read : currentFiles.values()) {
            Survey survey = read.survey();
            TreeMap<Integer, SurveyReader.Read> kept = keptFiles.getOrDefault(survey.id(), new TreeMap<>());
            SurveyReader.Read same = kept.get(survey.version());
            if (same != null && !same.survey().fingerprint().equals(survey.fingerprint())) {
                problems.add(read.file(), read.versionLine(), "version", "version " + survey.version() + " is kept "
                        + "in " + same.file() + " and this file says something different; a changed survey needs a "
                        + "new version number: make this version " + (kept.lastKey() + 1));
            } else if (!kept.isEmpty() && kept.lastKey() > survey.version()) {
                problems.add(read.file(), read.versionLine(), "version", "version " + survey.version() + " is older"
                        + " than the kept " + kept.get(kept.lastKey()).file() + "; the version asked now needs the "
                        + "highest number (" + (kept.lastKey() + 1) + " or more)");
            }
            String keyword = survey.keyword();
            if (keyword != null) {
                SurveyReader.Read other = keywords.putIfAbsent(keyword, read);
                if (other != null) {
                    problems.add(read.file(), read.keywordLine(), "keyword", keyword + " already starts the survey "
                            + "in " + other.file() + "; each survey needs its own keyword");
                }
            }
            current.put(survey.id(), survey);
            versions.computeIfAbsent(survey.id(), i -> new TreeMap<>()).put(survey.version(), survey);
        }
        problems.throwIfAny();
        return new SurveyDefinitions(current, versions, disabled);
    }

    /** The version asked now, whether or not it is offered; empty for an unknown or retired survey. */
    public Optional<Survey> current(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** Any version, current or kept, to read stored answers against. */
    public Optional<Survey> version(String id, int version) {
        TreeMap<Integer, Survey> all = versions.get(id);
        return Optional.ofNullable(all == null ? null : all.get(version));
    }

    /** Every version of a survey, oldest first. */
    public List<Survey> versions(String id) {
        TreeMap<Integer, Survey> all = versions.get(id);
        return all == null ? List.of() : List.copyOf(all.values());
    }

    /** The surveys that can be asked now: current, switched on in their file and not turned off in the settings. */
    public List<Survey> offered() {
        return current.values().stream()
                .filter(s -> isOffered(s.id()))
                .sorted(Comparator.comparing(Survey::title))
                .toList();
    }

    public boolean isOffered(String id) {
        Survey survey = current.get(id);
        return survey != null && survey.enabled() && !disabled.contains(id);
    }

    /** The offered survey a text starts, when the whole text is its keyword (any case, spaces around ignored). */
    public Optional<Survey> offeredByKeyword(String text) {
        String word = text.strip().toUpperCase(Locale.ROOT);
        return offered().stream().filter(s -> word.equals(s.keyword())).findFirst();
    }

    /** How many survey versions are loaded (current and kept). */
    public int versionCount() {
        return versions.values().stream().mapToInt(Map::size).sum();
    }

    private static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
