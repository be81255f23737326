package uk.plymouth.wellbeing.kiosk;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a kiosk behaves.
 *
 * @param hubId the hub this kiosk stands in, unless the device's address says otherwise ({@code /?hub=four-greens})
 * @param idleAfter how long without a touch before asking "Are you still there?"
 * @param warnFor how long that question waits before starting again (at least 20 s, WCAG 2.2.1)
 * @param languages the languages offered, as language tags; the first is the default
 * @param printer whether a printer is attached, so details can be printed
 */
@ConfigurationProperties("hub.kiosk")
public record KioskProperties(
        @DefaultValue("central-library") String hubId,
        @DefaultValue("90s") Duration idleAfter,
        @DefaultValue("30s") Duration warnFor,
        @DefaultValue({"en-GB", "pl"}) List<String> languages,
        @DefaultValue("true") boolean printer) {

    public KioskProperties {
        if (warnFor.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("hub.kiosk.warn-for must give residents at least 20 s, not " + warnFor);
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("hub.kiosk.languages needs at least one language");
        }
    }
}
