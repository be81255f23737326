package uk.plymouth.wellbeing.signposting.search;

/** A word we read as a slip of the keyboard, and the word we searched for instead (as well). */
public record SpellingFix(String typed, String searchedFor) {}
