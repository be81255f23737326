/**
 * Finding the right service or activity from a resident's own words: a Lucene index over the directory with
 * English stemming, residents' synonyms, spelling repair, filters, facets, distance and suggestions.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.search;

import org.jspecify.annotations.NullMarked;
