package uk.plymouth.wellbeing.signposting.texting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long the retrier waits after each failure. */
class InboxRetrierTest {

    @Test
    void waitsTwiceAsLongEachTimeAndNeverMoreThanAnHour() {
        Duration minute = Duration.ofMinutes(1);

        assertThat(InboxRetrier.waitAfter(minute, 1)).isEqualTo(minute);
        assertThat(InboxRetrier.waitAfter(minute, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(InboxRetrier.waitAfter(minute, 4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(InboxRetrier.waitAfter(minute, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(InboxRetrier.waitAfter(minute, 30)).isEqualTo(Duration.ofHours(1));
        assertThat(InboxRetrier.waitAfter(Duration.ofHours(2), 1)).isEqualTo(Duration.ofHours(1));
    }
}
