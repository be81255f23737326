/**
 * The assistant's safety rails: whatever writes a reply in words (a language model, when a hub configures one), what
 * it says is checked against the facts our own tools returned before a resident sees it ({@link GroundingCheck}).
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.assistant;

import org.jspecify.annotations.NullMarked;
