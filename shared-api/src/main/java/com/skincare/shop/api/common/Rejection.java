package com.skincare.shop.api.common;

/**
 * Why a command was refused, in terms a client can act on. It travels as the details of Axon's
 * {@code CommandExecutionException} when commands cross nodes, so it is a plain, serializable value.
 *
 * @param kind    decides the HTTP status
 * @param code    a stable machine-readable code, e.g. {@code SKU_TAKEN}
 * @param field   the request field at fault, in its JSON (snake_case) name, or null
 * @param message a sentence for people
 */
public record Rejection(Kind kind, String code, String field, String message) {

    public enum Kind {
        /** The request breaks a rule about its own values: 400. */
        INVALID,
        /** The thing addressed does not exist: 404. */
        NOT_FOUND,
        /** A unique value is taken: 409. */
        CONFLICT,
        /** A business rule says no in the current state: 422. */
        RULE
    }

    public static Rejection invalid(String field, String message) {
        return new Rejection(Kind.INVALID, "VALIDATION_FAILED", field, message);
    }

    public static Rejection notFound(String code, String message) {
        return new Rejection(Kind.NOT_FOUND, code, null, message);
    }

    public static Rejection conflict(String code, String field, String message) {
        return new Rejection(Kind.CONFLICT, code, field, message);
    }

    public static Rejection rule(String code, String message) {
        return new Rejection(Kind.RULE, code, null, message);
    }
}
