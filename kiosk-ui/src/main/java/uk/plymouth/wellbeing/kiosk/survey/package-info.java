/** "How are you feeling?" and other surveys on the kiosk: consent, one question per screen, check, result. */
@NullMarked
package uk.plymouth.wellbeing.kiosk.survey;

import org.jspecify.annotations.NullMarked;
