package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What {@code GET /api} says about this API, as Open Referral UK 3.0 asks of the {@code /} endpoint. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ApiInfo(String version, String profile, String openapiUrl, String publisher, String description) {}
