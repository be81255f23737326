package uk.plymouth.wellbeing.staff.surveys.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.plymouth.wellbeing.signposting.staff.StaffIdentity;
import uk.plymouth.wellbeing.signposting.staff.StaffRole;
import uk.plymouth.wellbeing.signposting.survey.Answer;
import uk.plymouth.wellbeing.signposting.survey.NewSurveyResponse;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;
import uk.plymouth.wellbeing.signposting.survey.SurveyScorer;
import uk.plymouth.wellbeing.staff.surveys.entry.AssistedEntry.Checked;

/** What the entry screen offers a member of staff and how it reads a filled-in form, without Vaadin or Spring. */
class AssistedEntryTest {

    static final Map<String, String> DIRECTORY = new LinkedHashMap<>();

    static {
        DIRECTORY.put("central-library", "Central Library");
        DIRECTORY.put("four-greens", "Four Greens Community Centre");
        DIRECTORY.put("jan-cutting", "Jan Cutting Healthy Living Centre");
    }

    static final StaffIdentity SAM = new StaffIdentity("sam", "Sam", StaffRole.STAFF, Set.of("four-greens"));
    static final StaffIdentity ADA = new StaffIdentity("ada", "Ada", StaffRole.ADMIN, Set.of());

    @TempDir
    Path content;

    SurveyDefinitions definitions;
    AssistedEntry entry;

    @BeforeEach
    void setUp() {
        definitions = PaperFormSurveys.read(content);
        entry = new AssistedEntry(definitions, new SurveyScorer(), DIRECTORY, SAM);
    }

    @Test
    void staffChooseOnlyTheirOwnHubsAndAdminsAnyHub() {
        assertThat(entry.hubs()).containsExactly(Map.entry("four-greens", "Four Greens Community Centre"));
        assertThat(new AssistedEntry(definitions, new SurveyScorer(), DIRECTORY, ADA).hubs().keySet())
                .containsExactly("central-library", "four-greens", "jan-cutting");
    }

    @Test
    void listsTheCurrentVersionFirstThenOlderKeptOnes() {
        List<Survey> versions = entry.versions("mood");

        assertThat(versions).extracting(Survey::version).containsExactly(2, 1);
        assertThat(versions).extracting(entry::versionLabel).containsExactly("Version 2 (current)", "Version 1");
        assertThat(entry.versions("swemwbs")).extracting(entry::versionLabel).containsExactly("Version 1 (current)");
        assertThat(entry.surveys()).extracting(Survey::id).contains("swemwbs", "mood", "ons4");
    }

    @Test
    void buildsAStaffAssistedResponseInTheStaffMembersName() {
        Survey v2 = definitions.version("mood", 2).orElseThrow();

        Checked checked = entry.check(v2, "four-greens", Map.of("calm", "4", "worried", "2", "comment", "  "));

        assertThat(checked.problems()).isEmpty();
        NewSurveyResponse response = checked.response();
        assertThat(response).isNotNull();
        assertThat(response.surveyId()).isEqualTo("mood");
        assertThat(response.version()).isEqualTo(2);
        assertThat(response.hubId()).isEqualTo("four-greens");
        assertThat(response.channel()).isEqualTo(SurveyChannel.STAFF_ASSISTED);
        assertThat(response.enteredBy()).isEqualTo("sam");
        assertThat(response.language()).isEqualTo("en");
        assertThat(response.followUpPhone()).isNull();
        assertThat(response.answers()).containsExactly(Answer.number("calm", 4), Answer.number("worried", 2));
    }

    @Test
    void namesEachUnansweredOrWrongQuestionAndAMissingHub() {
        Survey v2 = definitions.version("mood", 2).orElseThrow();

        Checked checked = entry.check(v2, null, Map.of("worried", "9", "comment", "far more than twenty characters"));

        assertThat(checked.response()).isNull();
        assertThat(checked.problems()).containsExactly(
                Map.entry(AssistedEntry.HUB, "Choose the hub the response is for"),
                Map.entry("calm", "Choose an answer"),
                Map.entry("worried", "Please answer with a number from 1 to 5"),
                Map.entry("comment", "Please keep your answer to 20 characters or fewer (yours has 31)"));
    }

    @Test
    void refusesAHubTheStaffMemberDoesNotWorkFor() {
        Survey v1 = definitions.version("mood", 1).orElseThrow();

        Checked checked = entry.check(v1, "central-library", Map.of("calm", "3", "worried", "3"));

        assertThat(checked.response()).isNull();
        assertThat(checked.problems()).containsExactly(
                Map.entry(AssistedEntry.HUB, "You can only enter responses for the hubs you work for"));
    }
}
