package uk.plymouth.wellbeing.staff.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Band;
import uk.plymouth.wellbeing.signposting.survey.Survey;
import uk.plymouth.wellbeing.signposting.survey.SurveyChannel;
import uk.plymouth.wellbeing.signposting.survey.SurveyDefinitions;

/** What the report calls surveys, channels and bands, in words staff know, from the survey files. */
final class SurveyNames {

    /** The surveys the project ships, by the names staff use for them; any other survey goes by its title. */
    private static final Map<String, String> KNOWN = Map.of(
            "swemwbs", "SWEMWBS (wellbeing)",
            "ons4", "ONS4 personal wellbeing",
            "resident-satisfaction", "Resident satisfaction",
            "staff-satisfaction", "Staff and partner satisfaction");

    private final SurveyDefinitions definitions;

    SurveyNames(SurveyDefinitions definitions) {
        this.definitions = definitions;
    }

    /** "Resident satisfaction"; an unknown survey's newest title, or its id when no file has it any more. */
    String survey(String surveyId) {
        String known = KNOWN.get(surveyId);
        if (known != null) {
            return known;
        }
        List<Survey> versions = definitions.versions(surveyId);
        return versions.isEmpty() ? surveyId : versions.get(versions.size() - 1).title();
    }

    /** The licence or copyright line the survey's newest version must be shown with, or null. */
    @Nullable String attribution(String surveyId) {
        List<Survey> versions = definitions.versions(surveyId);
        return versions.isEmpty() ? null : versions.get(versions.size() - 1).attribution();
    }

    static String channel(SurveyChannel channel) {
        return switch (channel) {
            case KIOSK -> "Kiosk";
            case SMS -> "Text message";
            case STAFF_ASSISTED -> "Entered by staff (paper or phone)";
        };
    }

    /** A SWEMWBS band: "Lower (7.00 to 20.72)", with the range of the newest version that has it. */
    String swemwbsBand(String bandId) {
        return band(bandId, newest("swemwbs", bandId, null));
    }

    /** A band of one question's answers (ONS4): "Very high (9 to 10)". */
    String questionBand(String surveyId, String questionId, String bandId) {
        return band(bandId, newest(surveyId, bandId, questionId));
    }

    private Optional<Band> newest(String surveyId, String bandId, @Nullable String questionId) {
        List<Survey> versions = definitions.versions(surveyId);
        for (int i = versions.size() - 1; i >= 0; i--) {
            Survey survey = versions.get(i);
            List<Band> bands = questionId == null ? survey.bands()
                    : survey.question(questionId).map(q -> q.bands()).orElse(List.of());
            Optional<Band> found = bands.stream().filter(b -> b.id().equals(bandId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String band(String bandId, Optional<Band> band) {
        String spaced = bandId.replace('-', ' ');
        String words = spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.UK) + spaced.substring(1);
        return band.map(b -> words + " (" + bound(b.from()) + " to " + bound(b.to()) + ")").orElse(words);
    }

    /** "4" for a whole number, "20.72" or "29.30" for a metric score. */
    private static String bound(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString()
                : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
