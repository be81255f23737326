package uk.plymouth.wellbeing.signposting.search;

import java.time.Duration;

/** Figures about one index build. */
public record IndexStats(int documents, long indexBytes, Duration buildTime) {}
