package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service or activity in a list: its one-to-one fields, plus our plain extras {@code category} (our category
 * id), {@code hub_id} (our hub id: the nearest hub when a postcode was given) and {@code distance_km}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukServiceSummary(
        UUID id,
        UUID organizationId,
        String name,
        String description,
        @Nullable String url,
        @Nullable String email,
        String status,
        String fees,
        @Nullable String assuredDate,
        @Nullable String lastModified,
        @Nullable String alert,
        OrukOrganization organization,
        @Nullable String category,
        @Nullable String hubId,
        @Nullable Double distanceKm) {

    /** The same service without the extras, for nesting inside another record. */
    OrukServiceSummary nested() {
        return new OrukServiceSummary(id, organizationId, name, description, url, email, status, fees, assuredDate,
                lastModified, alert, organization, null, null, null);
    }
}
