package uk.plymouth.wellbeing.signposting.survey;

/** How a survey was answered. */
public enum SurveyChannel {
    /** On a hub's touchscreen, by the resident. */
    KIOSK,
    /** By text, one question a message. */
    SMS,
    /** Entered by staff from a paper form or a phone call: marked as assisted in every report. */
    STAFF_ASSISTED
}
