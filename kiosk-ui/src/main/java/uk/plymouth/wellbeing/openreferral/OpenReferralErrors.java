package uk.plymouth.wellbeing.openreferral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of the open data API as JSON: {@code {"error":"bad_request","message":"..."}}. */
@RestControllerAdvice(assignableTypes = OpenReferralController.class)
class OpenReferralErrors {

    private static final Logger log = LoggerFactory.getLogger(OpenReferralErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException refused) {
        // JSON whatever the caller's Accept says: a set content type is not negotiated
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status())
                .contentType(MediaType.APPLICATION_JSON);
        if (refused.status() == HttpStatus.METHOD_NOT_ALLOWED) {
            response.header(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
        }
        return response.body(refused.body());
    }

    /** Asked for something other than JSON: the API has nothing else, so it says so, in JSON. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException refused) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrorAnswers.forStatus(HttpStatus.NOT_ACCEPTABLE.value()));
    }

    /** A fault of ours, not the caller's: logged once with its stack trace, answered without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failed(Exception failure) {
        log.error("The open data API failed to answer a request", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("server_error", "Something went wrong on our side. Please try again later."));
    }
}
