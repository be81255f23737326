package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service at one hub. Nested in a service it carries the location only; {@code GET
 * /api/service_at_locations/{id}} adds the whole service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukServiceAtLocation(UUID id, UUID serviceId, UUID locationId, OrukLocation location,
        @Nullable OrukService service) {}
