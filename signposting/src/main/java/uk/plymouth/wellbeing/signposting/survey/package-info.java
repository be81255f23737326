/**
 * Wellbeing and satisfaction surveys: their definitions, read and checked from the content files
 * ({@code surveys/*.yaml}, every version kept), and their scoring (SWEMWBS metric score, ONS4 bands, satisfaction
 * summaries). No screens and no storage here.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.survey;

import org.jspecify.annotations.NullMarked;
