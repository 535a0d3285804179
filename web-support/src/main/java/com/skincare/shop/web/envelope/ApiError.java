package com.skincare.shop.web.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The {@code error} of a failed answer: a stable code and, for invalid input, one detail per field. */
public record ApiError(String code, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldProblem> details) {

    public ApiError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiError of(String code) {
        return new ApiError(code, List.of());
    }

    /** One field at fault: its JSON (snake_case) name and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
