package uk.plymouth.wellbeing.signposting.directory.edit;

/** A {@link DirectoryItemChanged} committed on another app instance sharing the database. */
public record DirectoryItemChangedElsewhere(DirectoryItemChanged event) {}
