package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How to reach a service: its own phone and e-mail, or the reception of the hub it runs at. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukContact(
        UUID id,
        UUID serviceId,
        @Nullable String name,
        @Nullable String title,
        @Nullable String email,
        List<OrukPhone> phones) {}
