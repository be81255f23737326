/**
 * Where survey responses are kept: {@link uk.plymouth.wellbeing.signposting.survey.store.StoredSurveyResponses}
 * (checked, scored and stored in one transaction), the pseudonymous follow-up key, follow-up texts and the
 * retention of comments.
 */
@NullMarked
package uk.plymouth.wellbeing.signposting.survey.store;

import org.jspecify.annotations.NullMarked;
