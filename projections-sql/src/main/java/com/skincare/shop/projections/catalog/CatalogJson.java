package com.skincare.shop.projections.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skincare.shop.api.catalog.Dimensions;

import java.util.List;

/**
 * The JSON kept in the catalog's JSONB columns: {@code dimensions} as an object, {@code ingredients} as an array of
 * strings. Writers and readers share this one format. It has its own mapper, not the web layer's: a change to how
 * the API names fields must never change what a replay writes.
 */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JavaType STRINGS = MAPPER.constructType(new TypeReference<List<String>>() {
    });

    private CatalogJson() {
    }

    public static String writeDimensions(Dimensions dimensions) {
        return dimensions == null ? null : write(dimensions);
    }

    public static Dimensions readDimensions(String json) {
        return json == null ? null : read(json, MAPPER.constructType(Dimensions.class));
    }

    public static String writeStrings(List<String> values) {
        return write(values == null ? List.of() : values);
    }

    public static List<String> readStrings(String json) {
        return json == null ? List.of() : List.copyOf(read(json, STRINGS));
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write catalog JSON", e);
        }
    }

    private static <T> T read(String json, JavaType type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read catalog JSON: " + json, e);
        }
    }
}
