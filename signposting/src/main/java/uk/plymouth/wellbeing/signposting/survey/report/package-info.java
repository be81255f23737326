/**
 * Survey reports for staff ({@link uk.plymouth.wellbeing.signposting.survey.report.SurveyReport}): responses,
 * SWEMWBS means with confidence intervals and England norms, before/after pairs, ONS4 bands, satisfaction and
 * comments, per hub or across hubs, worked out in SQL and streamed.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.survey.report;

import org.jspecify.annotations.NullMarked;
