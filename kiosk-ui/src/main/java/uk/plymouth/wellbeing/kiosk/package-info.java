/** The residents' touchscreen. */
@NullMarked
package uk.plymouth.wellbeing.kiosk;

import org.jspecify.annotations.NullMarked;
