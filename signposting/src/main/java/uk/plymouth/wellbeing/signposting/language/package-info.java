/**
 * Residents who do not write in English: Polish needs in residents' own words read as the English words the
 * directory is written in ({@code content/language/pl-needs.txt}), and whether a text is in Polish at all, so a
 * reply can be too.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.language;

import org.jspecify.annotations.NullMarked;
