package uk.plymouth.wellbeing.signposting.survey;

/** A survey file's name relative to the content folder ("surveys/swemwbs.yaml"), and its text. */
record SurveyFile(String name, String text) {}
