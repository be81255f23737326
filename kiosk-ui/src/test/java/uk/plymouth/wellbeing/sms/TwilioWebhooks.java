package uk.plymouth.wellbeing.sms;

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
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Twilio as the running app meets it: form posts to {@code /sms/inbound} signed the way Twilio documents it,
 * written out here without any of the app's code: Base64(HMAC-SHA1(auth token, the public URL followed by each POST
 * field's name and value, sorted by name)). Answers are read as XML ({@code <Response><Message>...}).
 */
final class TwilioWebhooks {

    static final String TOKEN = "e2e0auth0token0000000000000000ab";
    static final String PUBLIC = "https://hubs.example.org";
    static final String OUR_NUMBER = "+447700900000";

    private final HttpClient http;
    private final String appBase;

    TwilioWebhooks(int port) {
        this.appBase = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger(100);

    /**
     * A drama-range mobile (+447700900100 to +447700900999) no other test in this JVM has used, so rate limits,
     * opt-outs and conversations never meet. (+447700900000 to 099 are left for tests that only send.)
     */
    static String newNumber() {
        int n = NUMBERS.getAndIncrement();
        if (n > 999) {
            throw new IllegalStateException("Out of drama-range numbers");
        }
        return "+447700900" + n;
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The fields Twilio posts for an incoming text (as its documentation lists them). */
    static Map<String, String> inbound(String messageSid, String from, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "GB");
        fields.put("SmsMessageSid", messageSid);
        fields.put("NumMedia", "0");
        fields.put("SmsSid", messageSid);
        fields.put("SmsStatus", "received");
        fields.put("Body", body);
        fields.put("To", OUR_NUMBER);
        fields.put("NumSegments", "1");
        fields.put("MessageSid", messageSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    static String sign(String token, String url, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A text from {@code from}, correctly signed. */
    HttpResponse<String> text(String sid, String from, String body) {
        return post("/sms/inbound", inbound(sid, from, body));
    }

    /** Just the answer's messages of a correctly signed text, failing on anything but 200. */
    List<String> answer(String sid, String from, String body) {
        HttpResponse<String> response = text(sid, from, body);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return messages(response.body());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, sign(TOKEN, PUBLIC + path, fields), form(fields));
    }

    HttpResponse<String> post(String path, @Nullable String signature, String formBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appBase + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each {@code <Message>}'s text, in order; fails unless the answer is well-formed TwiML with nothing else. */
    static List<String> messages(String twiml) {
        Document xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + twiml, e);
        }
        Element root = xml.getDocumentElement();
        if (!root.getTagName().equals("Response")) {
            throw new AssertionError("Not TwiML: " + twiml);
        }
        List<String> texts = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                continue;
            }
            if (child.getNodeType() != Node.ELEMENT_NODE || !child.getNodeName().equals("Message")
                    || child.getChildNodes().getLength() > 1 || (child.getFirstChild() != null
                    && child.getFirstChild().getNodeType() != Node.TEXT_NODE)) {
                throw new AssertionError("Something besides <Message>text</Message> in " + twiml);
            }
            texts.add(child.getTextContent());
        }
        return texts;
    }
}
