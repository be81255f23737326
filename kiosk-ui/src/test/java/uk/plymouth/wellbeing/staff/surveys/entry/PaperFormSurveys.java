package uk.plymouth.wellbeing.staff.surveys.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/**
 * A survey folder for the entry tests: the bundled surveys as shipped (SWEMWBS has only version 1), plus "mood",
 * whose version 1 is kept for paper forms printed before version 2 reworded a question and added an optional
 * comment. The bundled content has no kept older version of any survey, so this is how an old form is tested.
 */
final class PaperFormSurveys {

    static final String MOOD_V1 = """
            id: mood
            version: 1
            title: Your mood
            intro: Two questions about your mood.
            consent: Answering is up to you.
            thanks: Thank you.
            scoring: sum
            bands:
              - {id: low, from: 2, to: 5, message: "You scored {score} out of 10: lower than most."}
              - {id: high, from: 6, to: 10, message: "You scored {score} out of 10: higher than most."}
            questions:
              - id: calm
                text: How calm have you felt?
                type: scale
                options:
                  - {value: 1, label: Not at all}
                  - {value: 2, label: A little}
                  - {value: 3, label: Somewhat}
                  - {value: 4, label: Mostly}
                  - {value: 5, label: Completely}
              - id: worried
                text: How worried have you felt?
                type: scale
                reversed: true
                options:
                  - {value: 1, label: Not at all}
                  - {value: 2, label: A little}
                  - {value: 3, label: Somewhat}
                  - {value: 4, label: Mostly}
                  - {value: 5, label: Completely}
            """;

    static final String MOOD_V2 = MOOD_V1.replace("version: 1", "version: 2")
            .replace("How calm have you felt?", "How calm have you felt this week?") + """
              - id: comment
                text: Anything else you want to tell us?
                type: free-text
                required: false
                max_length: 20
            """;

    private PaperFormSurveys() {}

    /** Writes the folder ({@code <folder>/surveys/*.yaml}) and returns it as a Spring resource location. */
    static String write(Path folder) {
        try {
            Path surveys = Files.createDirectories(folder.resolve("surveys"));
            Resource[] bundled = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:content/surveys/*.yaml");
            if (bundled.length == 0) {
                throw new IllegalStateException("The bundled surveys are not on the test classpath");
            }
            for (Resource file : bundled) {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, surveys.resolve(Objects.requireNonNull(file.getFilename())));
                }
            }
            Files.writeString(surveys.resolve("mood.v1.yaml"), MOOD_V1);
            Files.writeString(surveys.resolve("mood.yaml"), MOOD_V2);
            return folder.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's surveys, every one offered. */
    static SurveyDefinitions read(Path folder) {
        return SurveyDefinitions.read(write(folder), List.of());
    }
}
