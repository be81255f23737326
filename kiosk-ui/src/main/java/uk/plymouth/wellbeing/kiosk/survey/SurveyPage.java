package uk.plymouth.wellbeing.kiosk.survey;

import org.jspecify.annotations.Nullable;
import uk.plymouth.wellbeing.signposting.survey.Survey;

/** What a survey step may ask of the page it is shown on ({@link SurveyView}): moving on, and showing a problem. */
interface SurveyPage {

    /** The survey on screen. */
    Survey asked();

    /** To another step of this survey, by its address ("3", "check"). */
    void go(String step);

    /** This step again, with a problem to put right (null for none). */
    void showAgain(@Nullable String problem);
}
