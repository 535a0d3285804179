package com.skincare.shop.web.errors;

import org.springframework.http.HttpStatus;

/**
 * The stable error codes of the API with their HTTP status and the message used when nothing more specific is
 * known. Refusals of the domain bring their own codes (e.g. {@code SKU_TAKEN}); these are the generic ones.
 */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Validation failed"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "The request is not valid"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED, "Token has expired"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "You are not allowed to do this"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "This resource can only answer application/json"),
    CONFLICT(HttpStatus.CONFLICT, "The request conflicts with existing data"),
    CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "The resource changed meanwhile; try again"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "The request is too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY, "The request cannot be carried out"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again later"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The service is unavailable right now; try again later");

    private final HttpStatus status;
    private final String defaultMessage;

    ErrorCode(HttpStatus status, String defaultMessage) {
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    public HttpStatus status() {
        return status;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * The generic code for a status that arrives without an exception to classify (e.g. one the servlet container
     * decided); unlisted client errors become {@link #BAD_REQUEST}, unlisted server errors {@link #INTERNAL_ERROR}.
     */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
