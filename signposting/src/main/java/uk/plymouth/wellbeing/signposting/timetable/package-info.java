/** When services and activities run and hubs are open, said in plain English for residents. */
@NullMarked
package uk.plymouth.wellbeing.signposting.timetable;

import org.jspecify.annotations.NullMarked;
