package com.skincare.shop.command;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies as the web layer reads them: JSON in snake_case through a strict mapper, then Bean Validation.
 * Each test starts from a valid body and changes one field.
 */
public final class RequestTesting {

    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private RequestTesting() {
    }

    /** The base body with some fields replaced; a null value removes the field. */
    public static <T> T body(Class<T> type, Map<String, Object> base, Map<String, Object> changes) {
        Map<String, Object> json = new LinkedHashMap<>(base);
        changes.forEach((field, value) -> {
            if (value == null) {
                json.remove(field);
            } else {
                json.put(field, value);
            }
        });
        return JSON.convertValue(json, type);
    }

    /**
     * The violated properties, as Bean Validation names them (e.g. {@code skinConcerns[0].<list element>}), once per
     * violation: a constraint reported twice would show twice to the client.
     */
    public static List<String> violations(Object request) {
        return VALIDATOR.validate(request).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .sorted()
                .toList();
    }

    public static Map<String, Object> changed(String field, Object value) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(field, value);
        return change;
    }
}
