/** Pieces every screen shares: translations, error handling, connection handling. */
@NullMarked
package uk.plymouth.wellbeing.base;

import org.jspecify.annotations.NullMarked;
