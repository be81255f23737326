/**
 * The survey report for staff: responses, SWEMWBS with England's norms and before/after change, ONS4 bands,
 * satisfaction and comments for a period, with charts drawn on the server and the same figures as CSV. The figures
 * come from signposting's {@code SurveyReport}.
 */
@NullMarked
package uk.plymouth.wellbeing.staff.surveys;

import org.jspecify.annotations.NullMarked;
