package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value of a Java type must look like, in words for a client ("must be a number"), without naming any
 * Java type. Enum values are listed as they appear in JSON, honouring {@code @JsonValue}.
 */
final class Expectations {

    static final String INVALID_VALUE = "has an invalid value";

    private final ObjectMapper objectMapper;

    Expectations(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    String of(Class<?> type) {
        if (type == null) {
            return INVALID_VALUE;
        }
        if (type.isEnum()) {
            return "must be one of " + enumValues(type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (isWholeNumber(type)) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "must be a string";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (TemporalAccessor.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date or time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return INVALID_VALUE;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class;
    }

    private String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(this::jsonValue)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String jsonValue(Object constant) {
        try {
            return objectMapper.valueToTree(constant).asText();
        } catch (IllegalArgumentException e) {
            return ((Enum<?>) constant).name();
        }
    }
}
