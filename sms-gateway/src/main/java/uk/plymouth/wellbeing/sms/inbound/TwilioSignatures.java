package uk.plymouth.wellbeing.sms.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook request the way Twilio does, so that something other than Twilio (the staff SMS simulator, a load
 * test, a smoke test after deployment) can post to {@code /sms/inbound} and go through the very same checks:
 * {@code X-Twilio-Signature} is Base64(HMAC-SHA1(auth token, the full URL Twilio called, then every POST field's name
 * and value, sorted by name, all concatenated)). The URL is the public one ({@code hub.sms.public-base-url} + path +
 * query string, if any). {@code com.twilio.security.RequestValidator} accepts what this makes.
 */
public final class TwilioSignatures {

    private TwilioSignatures() {}

    /** The {@code X-Twilio-Signature} header for a form POST of {@code fields} to {@code url}. */
    public static String sign(String authToken, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", impossible);
        }
    }
}
