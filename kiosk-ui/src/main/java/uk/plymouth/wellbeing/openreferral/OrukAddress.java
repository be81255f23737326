package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/** A hub's street address. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukAddress(
        UUID id,
        UUID locationId,
        @JsonProperty("address_1") String address1,
        String city,
        String stateProvince,
        String postalCode,
        String country,
        String addressType) {}
