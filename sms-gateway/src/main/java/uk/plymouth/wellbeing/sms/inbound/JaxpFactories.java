package uk.plymouth.wellbeing.sms.inbound;

import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Twilio SDK's TwiML writer cheap without changing what writes the XML. {@code TwiML.toXml()} calls
 * {@code DocumentBuilderFactory.newInstance()} and {@code TransformerFactory.newInstance()} on every call, and each of
 * those, unless a system property names the implementation, reads {@code jaxp.properties} and then scans every jar on
 * the class path for a {@code META-INF/services} entry before falling back to the JDK's own: about 0.4 ms of the
 * 0.5 ms a call costs (docs/benchmarks/sms-webhook.md).
 *
 * <p>{@link #pin()} does that lookup once, the standard way, and names the implementations it found in the two system
 * properties; later lookups take the named class at once. What writes TwiML is therefore exactly what wrote it before
 * (the JDK's own implementations, as nothing on the app's class path provides others), found faster. A property an
 * operator set ({@code -Djavax.xml.parsers.DocumentBuilderFactory=...}) is left as it is. The properties are JVM-wide:
 * everything else that asks JAXP for these factories (only ever the same class path) gets the same classes as before,
 * sooner.
 */
final class JaxpFactories {

    private static final Logger log = LoggerFactory.getLogger(JaxpFactories.class);

    private JaxpFactories() {}

    static synchronized void pin() {
        pin(DocumentBuilderFactory.class.getName(), () -> DocumentBuilderFactory.newInstance().getClass());
        pin(TransformerFactory.class.getName(), () -> TransformerFactory.newInstance().getClass());
    }

    private static void pin(String property, Supplier<Class<?>> lookUp) {
        if (System.getProperty(property) != null) {
            return;
        }
        String found = lookUp.get().getName();
        System.setProperty(property, found);
        log.debug("JAXP {} pinned to {}, the implementation the lookup found", property, found);
    }
}
