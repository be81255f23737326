/** Running the app: health, start-up checks and other concerns that are not a resident or staff feature. */
@NullMarked
package uk.plymouth.wellbeing.system;

import org.jspecify.annotations.NullMarked;
