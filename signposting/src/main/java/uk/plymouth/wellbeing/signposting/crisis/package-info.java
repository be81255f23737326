/**
 * Whether words someone typed or texted may mean a crisis, of what kind, and the help lines to give first, on every
 * channel and in every language the content has rules for.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.crisis;

import org.jspecify.annotations.NullMarked;
