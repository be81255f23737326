/**
 * Imports services and activities from directories that already exist (Open Referral UK 3.0 APIs and OpenActive
 * RPDE feeds) into the directory, as versions by the import, on a schedule or when an admin asks.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.directory.imports;

import org.jspecify.annotations.NullMarked;
