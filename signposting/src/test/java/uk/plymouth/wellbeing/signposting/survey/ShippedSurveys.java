package uk.plymouth.wellbeing.signposting.survey;

import java.util.List;

/** The survey files that ship in ../content/surveys, read once for the tests that score them. */
final class ShippedSurveys {

    static final String LOCATION = System.getProperty("content.location", "file:../content/");

    static final SurveyDefinitions DEFINITIONS = SurveyDefinitions.read(LOCATION, List.of());

    private ShippedSurveys() {}

    static Survey survey(String id) {
        return DEFINITIONS.current(id).orElseThrow(() -> new AssertionError("no survey " + id + " in " + LOCATION));
    }
}
