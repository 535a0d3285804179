package com.skincare.shop.web.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The documented envelope of every answer: {@code {"success", "message", "data"}} or, on failure,
 * {@code {"success": false, "message", "error": {"code", "details"}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, String message, T data, ApiError error) {

    public static <T> ApiResponse<T> ok(String message, T data) {
        return new ApiResponse<>(true, message, data, null);
    }

    public static ApiResponse<Void> failure(String message, ApiError error) {
        return new ApiResponse<>(false, message, null, error);
    }

    /** A failure that still has something to show, e.g. the health of each component when one is down. */
    public static <T> ApiResponse<T> failure(String message, T data, ApiError error) {
        return new ApiResponse<>(false, message, data, error);
    }
}
