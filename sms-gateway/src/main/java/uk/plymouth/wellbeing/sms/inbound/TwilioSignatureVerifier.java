package uk.plymouth.wellbeing.sms.inbound;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.plymouth.wellbeing.signposting.logging.LogSafe;
import uk.plymouth.wellbeing.sms.TwilioProperties;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator} whenever an auth token is configured,
 * whatever the provider. The URL checked is the public one ({@code hub.sms.public-base-url} + path + query string),
 * because behind a reverse proxy the app sees another; without a public base URL, the URL the app was called at.
 */
@Component
class TwilioSignatureVerifier {

    static final String HEADER = "X-Twilio-Signature";
    private static final Logger log = LoggerFactory.getLogger(TwilioSignatureVerifier.class);

    private final TwilioProperties properties;
    private final @Nullable RequestValidator validator;

    TwilioSignatureVerifier(TwilioProperties properties) {
        this.properties = properties;
        this.validator = properties.authToken() == null ? null : new RequestValidator(properties.authToken());
        if (validator == null) {
            log.warn("SMS webhooks accept unsigned requests: no hub.sms.auth-token (TWILIO_AUTH_TOKEN) is set. Fine for"
                    + " development and the simulator only.");
        }
    }

    /** Whether the request may be processed: it is signed with our token, or no token is configured. */
    boolean accepts(HttpServletRequest request, Map<String, String> fields) {
        if (validator == null) {
            return true;
        }
        String signature = request.getHeader(HEADER);
        boolean valid = signature != null && !signature.isBlank()
                && validator.validate(urlTwilioCalled(request), fields, signature);
        if (!valid) {
            log.warn("Refused a request to {}: {} X-Twilio-Signature", LogSafe.text(request.getRequestURI()),
                    signature == null || signature.isBlank() ? "no" : "a wrong");
        }
        return valid;
    }

    String urlTwilioCalled(HttpServletRequest request) {
        String query = request.getQueryString();
        String suffix = query == null ? "" : "?" + query;
        String path = request.getRequestURI();
        String publicUrl = properties.publicUrl(path);
        return (publicUrl != null ? publicUrl : request.getRequestURL().toString()) + suffix;
    }

    /**
     * The POST body's form fields alone (first value of each), which is what Twilio signs: the servlet's parameters
     * also hold the query string's, listed first, so those are taken off.
     */
    static Map<String, String> formFields(HttpServletRequest request) {
        Map<String, Integer> inQuery = new HashMap<>();
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                inQuery.merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            List<String> all = List.of(values);
            int skip = inQuery.getOrDefault(name, 0);
            if (all.size() > skip) {
                fields.put(name, all.get(skip));
            }
        });
        return fields;
    }
}
