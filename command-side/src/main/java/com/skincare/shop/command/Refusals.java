package com.skincare.shop.command;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;

/** Short ways for command handlers to say no: {@code throw Refusals.invalid("price", "...")}. */
public final class Refusals {

    private Refusals() {
    }

    public static RejectedException invalid(String field, String message) {
        return new RejectedException(Rejection.invalid(field, message));
    }

    public static RejectedException notFound(String code, String message) {
        return new RejectedException(Rejection.notFound(code, message));
    }

    public static RejectedException conflict(String code, String field, String message) {
        return new RejectedException(Rejection.conflict(code, field, message));
    }

    public static RejectedException rule(String code, String message) {
        return new RejectedException(Rejection.rule(code, message));
    }

    public static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
    }
}
