package uk.plymouth.wellbeing.sms.inbound;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Posts webhooks to the running app over real HTTP the way Twilio does. Its signatures follow Twilio's documented
 * algorithm, written out here independently of the code under test: Base64(HMAC-SHA1(token, URL + each POST field's
 * name and value, sorted by name)).
 */
final class WebhookClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String appBase;
    private final String signedBase;
    private final @Nullable String token;

    /**
     * @param appBase where the app listens ("http://localhost:1234")
     * @param signedBase the base of the URL signed: the public one Twilio would call
     */
    WebhookClient(String appBase, String signedBase, @Nullable String token) {
        this.appBase = appBase;
        this.signedBase = signedBase;
        this.token = token;
    }

    static String sign(String token, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        for (Map.Entry<String, String> field : new TreeMap<>(fields).entrySet()) {
            data.append(field.getKey()).append(field.getValue());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> inbound(String messageSid, String from, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "GB");
        fields.put("SmsMessageSid", messageSid);
        fields.put("NumMedia", "0");
        fields.put("SmsSid", messageSid);
        fields.put("SmsStatus", "received");
        fields.put("Body", body);
        fields.put("To", "+447700900000");
        fields.put("NumSegments", "1");
        fields.put("MessageSid", messageSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A correctly signed POST (unsigned when there is no token). */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, token == null ? null : sign(token, signedBase + path, fields), form(fields));
    }

    HttpResponse<String> post(String path, Map<String, String> fields, @Nullable String signature, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appBase + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of each {@code <Message>}, in order, from a TwiML answer (parsed as XML, so escaping is checked). */
    static List<String> messages(String twiml) {
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)));
            Element root = xml.getDocumentElement();
            if (!root.getTagName().equals("Response")) {
                throw new AssertionError("Not TwiML: " + twiml);
            }
            NodeList nodes = root.getElementsByTagName("Message");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            if (root.getChildNodes().getLength() != nodes.getLength()) {
                throw new AssertionError("Something besides <Message> in " + twiml);
            }
            return texts;
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + twiml, e);
        }
    }
}
