package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A hub as an Open Referral location. Lists leave out the arrays other than {@code addresses}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukLocation(
        UUID id,
        String locationType,
        String name,
        String description,
        double latitude,
        double longitude,
        @Nullable String url,
        @Nullable String transportation,
        List<OrukAddress> addresses,
        @Nullable List<OrukAccessibility> accessibility,
        @Nullable List<OrukPhone> phones,
        @Nullable List<OrukSchedule> schedules) {}
