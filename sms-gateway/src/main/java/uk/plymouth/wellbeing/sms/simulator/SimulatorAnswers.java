package uk.plymouth.wellbeing.sms.simulator;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.plymouth.wellbeing.signposting.texting.TextSimulatorException;

/** What the webhook's HTTP answer means: the texts it answered with, or why there are none, in plain English. */
final class SimulatorAnswers {

    private static final Logger log = LoggerFactory.getLogger(SimulatorAnswers.class);
    private static final int MAX_REASON = 200;

    private SimulatorAnswers() {}

    /**
     * @param target where the text was posted
     * @param signedFor the URL the signature (if any) was made for
     * @throws TextSimulatorException unless the webhook answered 200 with TwiML
     */
    static List<String> read(HttpResponse<String> response, URI target, String signedFor) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return TwimlAnswer.messages(response.body());
            } catch (IllegalArgumentException notTwiml) {
                log.warn("SMS simulator: {} answered 200 but not with TwiML ({})", target, notTwiml.getMessage());
                throw new TextSimulatorException("Something answered at " + target + ", but not the app's SMS"
                        + " webhook (the answer was not TwiML). Check hub.sms.simulator.app-url.", notTwiml);
            }
        }
        log.warn("SMS simulator: {} answered {}", target, status);
        if (status == 403) {
            throw new TextSimulatorException("The app's SMS webhook refused the simulated text (403 Forbidden): its"
                    + " signature did not match. The simulator signed it for " + signedFor + ", and the webhook"
                    + " checks signatures against PUBLIC_BASE_URL (hub.sms.public-base-url) followed by the path it"
                    + " was called at. Check PUBLIC_BASE_URL, and hub.sms.simulator.app-url if it is set.");
        }
        if (status == 400) {
            throw new TextSimulatorException("The app's SMS webhook turned the simulated text down (400): "
                    + shortened(response.body()));
        }
        if (status == 404 || status / 100 == 3) {
            throw new TextSimulatorException("The app's SMS webhook is not at " + target + " (it answered " + status
                    + "). Check hub.sms.simulator.app-url and the app's context path.");
        }
        throw new TextSimulatorException("The app's SMS webhook failed to answer the simulated text (HTTP " + status
                + "). The app's log says more.");
    }

    private static String shortened(String reason) {
        String plain = reason.strip();
        return plain.length() <= MAX_REASON ? plain : plain.substring(0, MAX_REASON) + "...";
    }
}
