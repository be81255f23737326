package uk.plymouth.wellbeing.signposting.catalogue.store;

/**
 * What one load changed in the database.
 *
 * @param revision the directory's revision after the load (see {@link DirectoryChangeLog})
 */
public record SyncReport(int hubs, int services, int activities, int added, int updated, int unchanged, int archived,
        int restored, long revision) {}
