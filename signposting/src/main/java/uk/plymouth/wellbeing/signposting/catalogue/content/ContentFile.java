package uk.plymouth.wellbeing.signposting.catalogue.content;

/** A content file's name relative to the content folder, and its text. */
record ContentFile(String name, String text) {}
