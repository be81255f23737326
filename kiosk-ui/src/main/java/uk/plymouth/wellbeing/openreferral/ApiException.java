package uk.plymouth.wellbeing.openreferral;

import org.springframework.http.HttpStatus;

/** A request the API answers with an error: the message is written for the developer calling it. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    private ApiException(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    static ApiException methodNotAllowed(String message) {
        return new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", message);
    }

    HttpStatus status() {
        return status;
    }

    ApiError body() {
        return new ApiError(error, getMessage());
    }

    /** A value from the request, cut short and quoted, for error messages. */
    static String quoted(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "\"" + shown + "\"";
    }
}
