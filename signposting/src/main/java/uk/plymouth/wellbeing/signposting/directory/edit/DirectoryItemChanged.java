package uk.plymouth.wellbeing.signposting.directory.edit;

/**
 * A version of a directory item was saved: published (live now) or a draft waiting for a hub lead. Published in the
 * transaction that saved it; staff screens hear of it once it commits, on this instance or, as a
 * {@link DirectoryItemChangedElsewhere}, on the others.
 *
 * @param kind the item's kind, as {@code ItemKind.id()}
 */
public record DirectoryItemChanged(String kind, String itemId, int version, boolean published) {}
