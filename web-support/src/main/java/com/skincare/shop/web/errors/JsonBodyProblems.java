package com.skincare.shop.web.errors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.skincare.shop.web.envelope.ApiError.FieldProblem;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.List;

/**
 * A request body Jackson could not read. The rule:
 * <ul>
 *   <li>The body is not JSON at all (or is missing): {@code MALFORMED_JSON}, no details.</li>
 *   <li>The body is JSON but a value does not fit and Jackson knows where (a string for a number, a field the
 *       API does not know, an unknown enum value, a value its type refuses): {@code VALIDATION_FAILED} with one
 *       detail for that field, exactly like a failed constraint, since for the client it is the same kind of
 *       mistake: the field is wrong, the JSON is fine.</li>
 *   <li>The JSON does not fit and no field can be named (an array where an object is expected, trailing content
 *       after the document): {@code MALFORMED_JSON}.</li>
 * </ul>
 * Jackson's own messages are never shown: they quote Java types and parser positions.
 */
final class JsonBodyProblems {

    private final Expectations expectations;

    JsonBodyProblems(Expectations expectations) {
        this.expectations = expectations;
    }

    /** The problem to answer, or {@code null} when the fault is the server's and the caller must answer 500. */
    ApiProblem from(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof InvalidDefinitionException) {
            // Our DTO cannot be deserialized at all: a server bug, not the client's.
            return null;
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = FieldNames.fromJackson(mapping.getPath());
            if (!field.isEmpty()) {
                return ValidationProblems.validationFailed(List.of(new FieldProblem(field, describe(mapping))));
            }
            if (mapping instanceof ValueInstantiationException instantiation) {
                return ApiProblem.of(ErrorCode.VALIDATION_FAILED, refusal(instantiation));
            }
            return ApiProblem.of(ErrorCode.MALFORMED_JSON, "The request body does not have the expected structure");
        }
        if (cause instanceof JacksonException) {
            return ApiProblem.of(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON");
        }
        return ApiProblem.of(ErrorCode.MALFORMED_JSON);
    }

    private String describe(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (exception instanceof InvalidNullException) {
            return "must not be null";
        }
        if (exception instanceof InvalidTypeIdException) {
            return "has an unknown type";
        }
        if (exception instanceof ValueInstantiationException instantiation) {
            Class<?> type = instantiation.getType() == null ? null : instantiation.getType().getRawClass();
            return type != null && type.isEnum() ? expectations.of(type) : refusal(instantiation);
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return expectations.of(mismatch.getTargetType());
        }
        return Expectations.INVALID_VALUE;
    }

    /**
     * The message of an {@link IllegalArgumentException} thrown by a value type's constructor or factory: those are
     * written for the caller (e.g. "page must be at least 1"). Anything else thrown there stays unsaid.
     */
    private static String refusal(ValueInstantiationException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        return Expectations.INVALID_VALUE;
    }
}
