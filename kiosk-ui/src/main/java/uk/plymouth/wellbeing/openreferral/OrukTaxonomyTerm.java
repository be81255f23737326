package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;

/** One of our categories as a term of our taxonomy; {@code code} is our category id, e.g. {@code food}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukTaxonomyTerm(UUID id, String code, String name, String description, String taxonomy, UUID taxonomyId,
        String term) {}
