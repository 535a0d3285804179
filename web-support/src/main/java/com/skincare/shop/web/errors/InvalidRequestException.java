package com.skincare.shop.web.errors;

/**
 * Answers 400 {@code BAD_REQUEST} for a request parameter a controller checks itself (e.g. an unknown
 * {@code sort}), with one detail {@code {field, message}}. The field is the parameter's name as the client sends
 * it. The message is shown to the client and may start with the field's name or not: the answer's message
 * always names the field ({@code "sort must be one of price, name"}), the detail's never does.
 */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
