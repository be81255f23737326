package uk.plymouth.wellbeing.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpenReferralIdsTest {

    @Test
    void givesTheSameUuidForTheSameIdEveryTime() {
        assertThat(OpenReferralIds.service("fg-debt-advice")).isEqualTo(OpenReferralIds.service("fg-debt-advice"));
        assertThat(OpenReferralIds.location("four-greens")).isEqualTo(OpenReferralIds.location("four-greens"));
    }

    @Test
    void derivesNameBasedUuidsFromOurNamespaceKindAndId() {
        UUID expected = UUID.nameUUIDFromBytes("plymouth-hubs:service:fg-debt-advice".getBytes(StandardCharsets.UTF_8));

        assertThat(OpenReferralIds.service("fg-debt-advice")).isEqualTo(expected);
        assertThat(expected.version()).isEqualTo(3);
    }

    @Test
    void neverGivesTwoKindsOfRecordTheSameUuid() {
        Set<UUID> ids = Set.of(OpenReferralIds.service("x"), OpenReferralIds.activity("x"),
                OpenReferralIds.location("x"), OpenReferralIds.address("x"), OpenReferralIds.accessibility("x"),
                OpenReferralIds.organization("x"), OpenReferralIds.taxonomyTerm("x"));

        assertThat(ids).hasSize(7);
    }

    @Test
    void keysOrganisationsByNameWhateverTheCaseAndSpacing() {
        assertThat(OpenReferralIds.organization("  Four Greens   Community Trust "))
                .isEqualTo(OpenReferralIds.organization("four greens community trust"));
        assertThat(OpenReferralIds.organization("Four Greens Community Trust"))
                .isNotEqualTo(OpenReferralIds.organization("Plymstock community partnership"));
    }

    @Test
    void readsUuidsInAnyCaseAndNothingElse() {
        UUID id = OpenReferralIds.service("fg-debt-advice");

        assertThat(OpenReferralIds.parse(id.toString())).contains(id);
        assertThat(OpenReferralIds.parse(id.toString().toUpperCase())).contains(id);
        assertThat(OpenReferralIds.parse("fg-debt-advice")).isEmpty();
        assertThat(OpenReferralIds.parse("not-a-uuid-but-exactly-36-characters")).isEmpty();
        assertThat(OpenReferralIds.parse("")).isEmpty();
    }

    @Test
    void writesDaysAsOpenReferralByDayCodes() {
        String codes = Arrays.stream(DayOfWeek.values()).map(OpenReferralIds::dayCode)
                .collect(Collectors.joining(","));

        assertThat(codes).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
    }
}
