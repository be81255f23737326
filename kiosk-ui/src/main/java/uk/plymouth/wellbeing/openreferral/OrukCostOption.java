package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What it costs: the words staff wrote, and the amount in pounds when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OrukCostOption(UUID id, UUID serviceId, String option, @Nullable BigDecimal amount) {}
