package uk.plymouth.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void matchesEachAddressExactlyAsTomcatWritesIt() {
        Pattern trusted = Pattern.compile(TrustedProxies.regex(List.of("127.0.0.1", " ::1 ", "10.0.0.5")));

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
        assertThat(trusted.matcher("127.0.0.2").matches()).isFalse();
        assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
        assertThat(trusted.matcher("10x0x0x5").matches()).isFalse();
    }

    @Test
    void anEmptyListTrustsNoOne() {
        assertThat(Pattern.compile(TrustedProxies.regex(List.of())).matcher("127.0.0.1").matches()).isFalse();
    }

    @Test
    void refusesNamesAndRanges() {
        for (String notAnAddress : List.of("proxy.example", "10.0.0.0/8", "300.1.1.1", "10.0.*")) {
            assertThatThrownBy(() -> TrustedProxies.regex(List.of(notAnAddress))).as(notAnAddress)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub.web.trusted-proxies");
        }
    }
}
