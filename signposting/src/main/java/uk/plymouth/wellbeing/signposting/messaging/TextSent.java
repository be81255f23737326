package uk.plymouth.wellbeing.signposting.messaging;

/**
 * What the kiosk tells the resident after texting them: the number masked ("+44*******123") and how many segments
 * the text took.
 */
public record TextSent(String maskedNumber, int segments) {}
