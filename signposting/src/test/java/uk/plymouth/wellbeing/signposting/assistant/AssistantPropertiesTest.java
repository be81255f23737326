package uk.plymouth.wellbeing.signposting.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AssistantPropertiesTest {

    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);

    @Test
    void noModelByDefault() {
        AssistantProperties none = new AssistantProperties("", null, "", Duration.ofSeconds(8), 20, THIRTY_MINUTES);
        assertThat(none.configured()).isFalse();
        assertThat(none.toString()).contains("baseUrl=none", "apiKey=unset");
    }

    @Test
    void aLocalOrHostedEndpointWithAModelNameIsTakenAndItsKeyNeverShown() {
        AssistantProperties local = new AssistantProperties(" http://localhost:11434/v1 ", "sk-secret-123", "llama3",
                Duration.ofSeconds(8), 20, THIRTY_MINUTES);
        assertThat(local.configured()).isTrue();
        assertThat(local.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(local.toString()).contains("apiKey=set").doesNotContain("sk-secret-123");
    }

    @Test
    void aBrokenSettingIsRefusedWithWhatToFix() {
        assertThatThrownBy(() -> new AssistantProperties("ftp://example.org", null, "m", Duration.ofSeconds(8), 20, THIRTY_MINUTES))
                .hasMessageContaining("must start with http:// or https://");
        assertThatThrownBy(() -> new AssistantProperties("https://api.example.org/v1", null, " ",
                Duration.ofSeconds(8), 20, THIRTY_MINUTES)).hasMessageContaining("hub.assistant.model must name the model");
        assertThatThrownBy(() -> new AssistantProperties("", null, "", Duration.ZERO, 20, THIRTY_MINUTES))
                .hasMessageContaining("hub.assistant.timeout");
        assertThatThrownBy(() -> new AssistantProperties("", null, "", Duration.ofSeconds(8), 1, THIRTY_MINUTES))
                .hasMessageContaining("hub.assistant.memory-messages");
        assertThatThrownBy(() -> new AssistantProperties("", null, "", Duration.ofSeconds(8), 20, Duration.ZERO))
                .hasMessageContaining("hub.assistant.forget-after");
    }
}
