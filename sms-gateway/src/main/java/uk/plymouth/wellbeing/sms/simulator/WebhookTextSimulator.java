package uk.plymouth.wellbeing.sms.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender;
import uk.plymouth.wellbeing.signposting.messaging.LoggingSmsSender.LoggedText;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsSender;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;
import uk.plymouth.wellbeing.signposting.texting.DramaNumbers;
import uk.plymouth.wellbeing.signposting.texting.TextSimulator;
import uk.plymouth.wellbeing.signposting.texting.TextSimulatorException;
import uk.plymouth.wellbeing.sms.TwilioProperties;
import uk.plymouth.wellbeing.sms.inbound.TwilioSignatures;

/**
 * Simulates texts by posting them to this app's own {@code /sms/inbound} over real HTTP, with the form fields Twilio
 * sends and, when the webhook checks signatures, an {@code X-Twilio-Signature} made for the URL the webhook checks
 * (the public base URL + path, else the address posted to). The webhook cannot tell it from Twilio, so the text is
 * stored, rate-limited and answered as real traffic is; the TwiML answer is read back. Texts the outbox sends later
 * are read from the {@link LoggingSmsSender}, which is also why simulating needs {@code SMS_PROVIDER=log}. Only
 * Ofcom's drama numbers ({@link DramaNumbers}) may be simulated, sent from or read back: any other could be a
 * resident's.
 */
class WebhookTextSimulator implements TextSimulator, ApplicationListener<WebServerInitializedEvent> {

    static final String INBOUND = "/sms/inbound";
    static final String PLACEHOLDER_TO = "+447700900000";
    static final String PLACEHOLDER_ACCOUNT = "AC" + "0".repeat(32);
    private static final Logger log = LoggerFactory.getLogger(WebhookTextSimulator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwilioProperties twilio;
    private final SimulatorProperties properties;
    private final @Nullable LoggingSmsSender logSender;
    private final HttpClient http;
    private volatile @Nullable URI appUrl;

    WebhookTextSimulator(TwilioProperties twilio, SimulatorProperties properties, SmsSender sender) {
        this.twilio = twilio;
        this.properties = properties;
        this.logSender = sender instanceof LoggingSmsSender ? (LoggingSmsSender) sender : null;
        this.appUrl = properties.appUrl();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Learns the app's own address from its web server (unless {@code hub.sms.simulator.app-url} is set). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (properties.appUrl() != null || event.getApplicationContext().getServerNamespace() != null) {
            return; // set by hand, or the management server
        }
        appUrl = ownAddress(event.getWebServer().getPort(), event.getApplicationContext().getEnvironment());
    }

    static URI ownAddress(int port, Environment environment) {
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        String host = environment.getProperty("server.address", "");
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        if (contextPath.endsWith("/")) {
            contextPath = contextPath.substring(0, contextPath.length() - 1);
        }
        // as the servlet rebuilds the URL it was called at (for the signature): no port when it is the default one
        boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
        return URI.create(scheme + "://" + host + (defaultPort ? "" : ":" + port) + contextPath);
    }

    @Override
    public Status status() {
        boolean signed = twilio.signaturesRequired();
        if (!properties.enabled()) {
            return new Status(false, signed, "The SMS simulator is switched off here (hub.sms.simulator.enabled is"
                    + " false).");
        }
        if (twilio.provider() != TwilioProperties.Provider.LOG) {
            return new Status(false, signed, "The SMS simulator is off because this app sends real texts"
                    + " (SMS_PROVIDER is twilio): replies to a simulated number would really be texted to whoever"
                    + " has it. Use the simulator on a copy of the app with SMS_PROVIDER=log.");
        }
        if (logSender == null) {
            return new Status(false, signed, "The SMS simulator is off because texts here go to a carrier, not to"
                    + " the log: replies to a simulated number could really be sent.");
        }
        if (appUrl == null) {
            return new Status(false, signed, "The SMS simulator is not ready: the app's web server has not started.");
        }
        String what = "Your texts go to this app's own SMS webhook, as Twilio would send them, and get the real"
                + " answers. Nothing is really texted: SMS_PROVIDER is log, so texts sent later also appear here.";
        return new Status(true, signed, what + (signed
                ? " Each text is signed with the Twilio auth token, as Twilio signs them."
                : " No Twilio auth token (TWILIO_AUTH_TOKEN) is set, so the webhook checks no signatures and the"
                        + " simulator sends its texts unsigned."));
    }

    @Override
    public List<String> send(PhoneNumber from, String body) {
        Status status = status();
        URI app = appUrl;
        if (!status.available() || app == null) {
            throw new TextSimulatorException(status.explanation());
        }
        if (!DramaNumbers.isDrama(from)) {
            log.warn("SMS simulator refused a number outside Ofcom's drama range ({})", from.masked());
            throw new TextSimulatorException(DramaNumbers.ONLY_DRAMA);
        }
        if (body.length() > MAX_LENGTH) {
            throw new TextSimulatorException("That text is " + body.length() + " characters long; a text can have"
                    + " at most " + MAX_LENGTH + ".");
        }
        String messageSid = "SM" + HexFormat.of().formatHex(bytes(16));
        Map<String, String> fields = fields(messageSid, from, body);
        URI target = URI.create(app + INBOUND);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("User-Agent", "WellbeingHubs-SmsSimulator/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields), StandardCharsets.UTF_8));
        String authToken = twilio.authToken();
        String signedFor = signedUrl(target);
        if (authToken != null) {
            request.header("X-Twilio-Signature", TwilioSignatures.sign(authToken, signedFor, fields));
        }
        HttpResponse<String> response = post(request.build(), target);
        List<String> replies = SimulatorAnswers.read(response, target, signedFor);
        log.info("Simulated text {} from {} answered with {} {}", messageSid, from.masked(), replies.size(),
                replies.size() == 1 ? "message" : "messages");
        return replies;
    }

    @Override
    public List<LoggedText> sentTo(PhoneNumber to, long after) {
        if (logSender == null || !DramaNumbers.isDrama(to)) {
            return List.of();
        }
        return logSender.recentTo(to).stream().filter(text -> text.number() > after).toList();
    }

    @Override
    public long lastSentNumber() {
        return logSender == null ? 0 : logSender.lastNumber();
    }

    /** The URL the webhook checks signatures against: the public one if set, else the one posted to. */
    String signedUrl(URI target) {
        String publicUrl = twilio.publicUrl(target.getRawPath());
        return publicUrl != null ? publicUrl : target.toString();
    }

    /** The fields Twilio posts for an incoming text without pictures. */
    Map<String, String> fields(String messageSid, PhoneNumber from, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "GB");
        fields.put("SmsMessageSid", messageSid);
        fields.put("NumMedia", "0");
        fields.put("SmsSid", messageSid);
        fields.put("SmsStatus", "received");
        fields.put("Body", body);
        fields.put("FromCountry", from.e164().startsWith("+44") ? "GB" : "");
        fields.put("To", twilio.fromNumber() != null ? twilio.fromNumber() : PLACEHOLDER_TO);
        fields.put("NumSegments", Integer.toString(SmsText.segments(body)));
        fields.put("MessageSid", messageSid);
        fields.put("AccountSid", twilio.accountSid() != null ? twilio.accountSid() : PLACEHOLDER_ACCOUNT);
        fields.put("From", from.e164());
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    private HttpResponse<String> post(HttpRequest request, URI target) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new TextSimulatorException("The app's SMS webhook did not answer within "
                    + properties.timeout().toSeconds() + " seconds. Try again in a moment.", slow);
        } catch (IOException unreachable) {
            log.warn("SMS simulator could not reach {}: {}", target, unreachable.toString());
            throw new TextSimulatorException("Could not reach the app's SMS webhook at " + target + ". If the app"
                    + " is reached at another address, set hub.sms.simulator.app-url.", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TextSimulatorException("Sending the simulated text was interrupted.", interrupted);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
