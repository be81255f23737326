package uk.plymouth.wellbeing.sms.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwimlAnswerTest {

    @Test
    void readsEachMessageInOrderUnescaped() {
        assertThat(TwimlAnswer.messages("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Message>Food &amp; drink\n1 Four Greens</Message><Message>Reply 1-3 &lt;here&gt;</Message>"
                + "</Response>")).containsExactly("Food & drink\n1 Four Greens", "Reply 1-3 <here>");
    }

    @Test
    void readsNothingFromAnEmptyAnswer() {
        assertThat(TwimlAnswer.messages("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>")).isEmpty();
    }

    @Test
    void refusesWhatIsNotTwiml() {
        assertThatThrownBy(() -> TwimlAnswer.messages("<html><body>Login</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<html>");
        assertThatThrownBy(() -> TwimlAnswer.messages("Forbidden")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDocumentTypes() {
        assertThatThrownBy(() -> TwimlAnswer.messages("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><Response><Message>&x;</Message></Response>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
