package uk.plymouth.wellbeing.openreferral;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.MessageBytes;

/**
 * Tomcat's own error answers, for requests refused before they reach the app (an address with {@code %00} or
 * {@code %ff} in its path, one too long to read): for the open data API, JSON with the CORS header instead of
 * Tomcat's HTML page; for everything else Tomcat's page, without its report or version.
 */
public final class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            response.resetBuffer(true);
            ApiErrorAnswers.write(response, status, ApiErrorAnswers.forStatus(tooLarge(throwable) ? 431 : status));
        } catch (IOException | IllegalStateException notSent) {
            // the client has gone, or the answer had already started: nothing more to say
        }
    }

    /**
     * An API address, or one Tomcat could not even read (a request line longer than the header buffer): no page of
     * the app is at such an address, and a JSON answer with the CORS header is what a program calling the API can
     * read.
     */
    private static boolean isApi(Request request) {
        MessageBytes uri = request.getCoyoteRequest().requestURI();
        return uri == null || uri.isNull() || uri.toString().isEmpty() || ApiErrorAnswers.isApiPath(uri.toString());
    }

    private static boolean tooLarge(Throwable throwable) {
        return throwable != null && throwable.getMessage() != null && throwable.getMessage().contains("too large");
    }
}
