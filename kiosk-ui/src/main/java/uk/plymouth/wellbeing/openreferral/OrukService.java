package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service or activity fully nested, as {@code GET /api/services/{id}} returns it. Extras beyond Open Referral:
 * {@code category} (our category id) and {@code hub_ids} (our hub ids).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukService(
        UUID id,
        UUID organizationId,
        String name,
        String description,
        @Nullable String url,
        @Nullable String email,
        String status,
        String fees,
        @Nullable String eligibilityDescription,
        @Nullable String applicationProcess,
        @Nullable String assuredDate,
        @Nullable String lastModified,
        @Nullable String alert,
        OrukOrganization organization,
        List<OrukServiceAtLocation> serviceAtLocations,
        List<OrukSchedule> schedules,
        List<OrukContact> contacts,
        List<OrukCostOption> costOptions,
        List<OrukAttribute> attributes,
        String category,
        List<String> hubIds) {}
