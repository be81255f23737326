package uk.plymouth.wellbeing.signposting.directory.imports;

import java.time.Duration;

/**
 * What an admin sets for a source.
 *
 * @param hubId the hub whose services or activities the source's items become
 * @param every how long after one run the next is due
 * @param publish make changes live at once; otherwise they wait as drafts for a hub lead or admin
 * @param enabled run on the schedule ("Run now" works either way)
 */
public record SourceSettings(String name, SourceKind kind, String url, String hubId, Duration every,
        boolean publish, boolean enabled) {}
