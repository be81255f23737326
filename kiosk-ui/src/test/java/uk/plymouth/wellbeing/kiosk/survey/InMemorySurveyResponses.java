package uk.plymouth.wellbeing.kiosk.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyReceipt;
import uk.plymouth.wellbeing.signposting.survey.SurveyResponses;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;

/**
 * Survey storage for kiosk screen tests: refuses what the port says it refuses, scores with the real
 * {@link SurveyScorer} and keeps each response in a list, so a test reads exactly what the screens sent. Tests that
 * need it {@code @Import} {@link Config}; it is {@code @Primary} over the real storage ({@code StoredSurveyResponses},
 * tested on H2 and PostgreSQL in signposting). Moving these tests to the real storage is left for the next slice.
 */
public class InMemorySurveyResponses implements SurveyResponses {

    private final SurveyDefinitions definitions;
    private final SurveyScorer scorer;
    private final List<NewSurveyResponse> recorded = new ArrayList<>();

    InMemorySurveyResponses(SurveyDefinitions definitions, SurveyScorer scorer) {
        this.definitions = definitions;
        this.scorer = scorer;
    }

    @Override
    public synchronized SurveyReceipt record(NewSurveyResponse response) {
        Survey survey = definitions.version(response.surveyId(), response.version()).orElseThrow(
                () -> new IllegalArgumentException("No survey " + response.surveyId() + " v" + response.version()));
        if (!definitions.isOffered(survey.id())) {
            throw new IllegalArgumentException("Survey " + survey.id() + " is not offered");
        }
        SurveyReceipt receipt = new SurveyReceipt(UUID.randomUUID(), scorer.score(survey, response.answers()));
        recorded.add(response);
        return receipt;
    }

    @Override
    public Duration followUpAfter() {
        return Duration.ofDays(56);
    }

    public synchronized List<NewSurveyResponse> recorded() {
        return List.copyOf(recorded);
    }

    public synchronized void clear() {
        recorded.clear();
    }

    /** Import this into a test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        InMemorySurveyResponses inMemorySurveyResponses(SurveyDefinitions definitions, SurveyScorer scorer) {
            return new InMemorySurveyResponses(definitions, scorer);
        }
    }
}
