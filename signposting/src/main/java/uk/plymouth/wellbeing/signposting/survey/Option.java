package uk.plymouth.wellbeing.signposting.survey;

/**
 * One answer a resident can pick.
 *
 * @param value what is stored and added up; residents texting reply with it
 * @param label the words shown on the button or in the text
 * @param positive counts as a good answer in satisfaction summaries ("Yes" to "would you recommend")
 */
public record Option(int value, String label, boolean positive) {}
