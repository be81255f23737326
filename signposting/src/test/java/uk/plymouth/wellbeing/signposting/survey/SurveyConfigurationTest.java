package uk.plymouth.wellbeing.signposting.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.catalogue.CatalogueProperties;

/** The app's survey settings: where the files are, SWEMWBS switched off by a setting, broken files refused. */
class SurveyConfigurationTest {

    private final SurveyConfiguration configuration = new SurveyConfiguration();

    @Test
    void readsTheDirectorysContentFolderUnlessToldOtherwise() {
        SurveyDefinitions surveys = configuration.surveyDefinitions(new SurveyProperties("", List.of()),
                new CatalogueProperties(ShippedSurveys.LOCATION, Duration.ZERO));

        assertThat(surveys.isOffered("swemwbs")).isTrue();
        assertThat(surveys.offered()).hasSize(4);
    }

    @Test
    void hubSurveysDisabledTurnsSwemwbsOffUntilTheLicenceIsInPlace() {
        SurveyDefinitions surveys = configuration.surveyDefinitions(
                new SurveyProperties(ShippedSurveys.LOCATION, List.of("swemwbs")),
                new CatalogueProperties("classpath:nowhere/", Duration.ZERO));

        assertThat(surveys.isOffered("swemwbs")).isFalse();
        assertThat(surveys.offeredByKeyword("WELLBEING")).isEmpty();
        assertThat(surveys.current("swemwbs")).isPresent();
        assertThat(surveys.offered()).extracting(Survey::id).containsExactlyInAnyOrder("ons4",
                "resident-satisfaction", "staff-satisfaction");
    }

    @Test
    void brokenFilesAreRefusedAndNoSurveyIsOfferedButTheAppCarriesOn(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("surveys"));
        Files.writeString(content.resolve("surveys/mood.yaml"), "id: mood\nversion: one\n");

        SurveyDefinitions surveys = configuration.surveyDefinitions(
                new SurveyProperties(content.toUri().toString(), List.of()),
                new CatalogueProperties(ShippedSurveys.LOCATION, Duration.ZERO));

        assertThat(surveys.offered()).isEmpty();
        assertThat(surveys.versionCount()).isZero();
    }
}
