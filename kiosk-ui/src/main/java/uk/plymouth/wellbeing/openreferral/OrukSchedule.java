package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When something runs, as the RFC 5545 style fields Open Referral uses: {@code freq=WEEKLY}, {@code interval} 1
 * (weekly) or 2 (fortnightly), {@code byday} such as {@code TU} or {@code MO,WE}, local times {@code HH:MM}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukSchedule(
        UUID id,
        @Nullable UUID serviceId,
        @Nullable UUID locationId,
        @Nullable UUID serviceAtLocationId,
        @Nullable String validFrom,
        @Nullable String validTo,
        @Nullable String dtstart,
        String freq,
        int interval,
        String byday,
        String opensAt,
        String closesAt,
        String description,
        @Nullable String attendingType,
        @Nullable String notes) {}
