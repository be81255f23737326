package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;

/** Links a service to its category's taxonomy term. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukAttribute(UUID id, UUID linkId, String linkType, String linkEntity, UUID taxonomyTermId,
        OrukTaxonomyTerm taxonomyTerm) {}
