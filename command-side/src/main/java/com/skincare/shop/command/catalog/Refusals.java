package com.skincare.shop.command.catalog;

import com.skincare.shop.api.common.RejectedException;
import com.skincare.shop.api.common.Rejection;

/** Short ways for the catalog's command handlers to say no: {@code throw Refusals.invalid("price", "...")}. */
final class Refusals {

    private Refusals() {
    }

    static RejectedException invalid(String field, String message) {
        return new RejectedException(Rejection.invalid(field, message));
    }

    static RejectedException notFound(String code, String message) {
        return new RejectedException(Rejection.notFound(code, message));
    }

    static RejectedException conflict(String code, String field, String message) {
        return new RejectedException(Rejection.conflict(code, field, message));
    }

    static RejectedException rule(String code, String message) {
        return new RejectedException(Rejection.rule(code, message));
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
    }
}
