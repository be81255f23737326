package uk.plymouth.wellbeing.openreferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The open data API's error answers for requests that never reached its controller: an address or query Tomcat or
 * Spring Security would not read, a request too long, an error page. Each is JSON, as every other API answer, with
 * the CORS header, and says in plain words what was wrong with the request.
 */
final class ApiErrorAnswers {

    static final String API_PATH = "/api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrorAnswers() {}

    /** Whether a request path (as sent, not decoded) is the open data API's. */
    static boolean isApiPath(String path) {
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }

    /** The error for an HTTP status, for a request whose details we cannot trust enough to repeat. */
    static ApiError forStatus(int status) {
        switch (status) {
            case 400:
                return new ApiError("bad_request", "The request's address could not be read: it holds a character "
                        + "or a %-escape that is not allowed (such as %00, %ff, a lone % or an encoded slash). "
                        + "Encode text as UTF-8, and % itself as %25.");
            case 404:
                return new ApiError("not_found", "There is no such address in the open data API: see /api/services,"
                        + " /api/service_at_locations, /api/taxonomies and /api/taxonomy_terms");
            case 405:
                return new ApiError("method_not_allowed", "The open data API is read-only: use GET");
            case 406:
                return new ApiError("not_acceptable", "The open data API answers in JSON only: accept "
                        + "application/json");
            case 413:
            case 414:
            case 431:
                return new ApiError("too_long", "The request is too long: keep its address and headers under 64 KB"
                        + " (a search counts only its first 1,000 characters)");
            default:
                return status >= 500 ? new ApiError("server_error",
                        "Something went wrong on our side. Please try again later.")
                        : new ApiError("bad_request", "The open data API could not answer this request (HTTP "
                                + status + ")");
        }
    }

    /** Writes the error as the whole answer: status, CORS header, JSON body. */
    static void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        byte[] body = json(error);
        response.setStatus(status);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static byte[] json(ApiError error) {
        try {
            return JSON.writeValueAsBytes(error);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("An ApiError is two strings", impossible);
        }
    }
}
