/** Where things are: points on the map, UK postcodes and the Plymouth postcode districts we know. */
@NullMarked
package uk.plymouth.wellbeing.signposting.location;

import org.jspecify.annotations.NullMarked;
