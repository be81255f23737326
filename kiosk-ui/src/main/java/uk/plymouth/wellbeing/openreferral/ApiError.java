package uk.plymouth.wellbeing.openreferral;

/** The body of every error answer: {@code {"error":"bad_request","message":"..."}}. */
record ApiError(String error, String message) {}
