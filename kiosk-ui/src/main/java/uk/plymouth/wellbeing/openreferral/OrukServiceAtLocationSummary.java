package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One service at one hub in a list, with the plain extras {@code category}, {@code hub_id} and (with a postcode)
 * {@code distance_km} from the postcode to this hub.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukServiceAtLocationSummary(
        UUID id,
        UUID serviceId,
        UUID locationId,
        OrukLocation location,
        OrukServiceSummary service,
        String category,
        String hubId,
        @Nullable Double distanceKm) {}
