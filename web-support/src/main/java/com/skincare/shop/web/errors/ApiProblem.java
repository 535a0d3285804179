package com.skincare.shop.web.errors;

import com.skincare.shop.web.envelope.ApiError;
import com.skincare.shop.web.envelope.ApiError.FieldProblem;
import com.skincare.shop.web.envelope.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Comparator;
import java.util.List;

/**
 * An error answer before it is written: status, code, message, field details and any headers it needs
 * ({@code Allow}, {@code Retry-After}, ...). Details are kept sorted by field so answers are stable.
 */
public record ApiProblem(HttpStatusCode status, String code, String message, List<FieldProblem> details,
                         HttpHeaders headers) {

    private static final Comparator<FieldProblem> BY_FIELD = Comparator
            .comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FieldProblem::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ApiProblem {
        details = details == null ? List.of() : details.stream().sorted(BY_FIELD).toList();
        headers = headers == null ? HttpHeaders.EMPTY : HttpHeaders.readOnlyHttpHeaders(headers);
    }

    public static ApiProblem of(ErrorCode code) {
        return of(code, code.defaultMessage());
    }

    public static ApiProblem of(ErrorCode code, String message) {
        return new ApiProblem(code.status(), code.name(), message, List.of(), null);
    }

    /** The generic answer for a bare status, keeping the status itself (a 408 stays a 408). */
    public static ApiProblem forStatus(int status) {
        ErrorCode code = ErrorCode.forStatus(status);
        return new ApiProblem(HttpStatusCode.valueOf(status), code.name(), code.defaultMessage(), List.of(), null);
    }

    /** One problem with a single field; the message names the field for people who read only the message. */
    public static ApiProblem ofField(ErrorCode code, String field, String message) {
        return of(code, field + " " + message).withDetails(List.of(new FieldProblem(field, message)));
    }

    public ApiProblem withDetails(List<FieldProblem> newDetails) {
        return new ApiProblem(status, code, message, newDetails, headers);
    }

    public ApiProblem withHeaders(HttpHeaders newHeaders) {
        return new ApiProblem(status, code, message, details, newHeaders);
    }

    public ApiResponse<Void> body() {
        return ApiResponse.failure(message, new ApiError(code, details));
    }

    /**
     * The answer for a controller advice. The content type is set here rather than negotiated so that even a
     * request that accepts no JSON (the 406 case) still receives the envelope.
     */
    public ResponseEntity<ApiResponse<Void>> toResponseEntity() {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body());
    }
}
