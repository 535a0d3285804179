package com.skincare.shop.web.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.List;

/**
 * Turns the paths that Jackson, Spring binding and Bean Validation report into the field names a client sees:
 * JSON names joined with dots, list items as {@code [index]}, e.g. {@code dimensions.length},
 * {@code category_ids[0]}, {@code items[2].quantity}.
 * <p>
 * Java property names are translated with the ObjectMapper's naming strategy (snake_case here). A property
 * renamed with {@code @JsonProperty} to something the strategy would not produce is therefore reported under its
 * strategy name; the API's DTOs rely on the strategy alone, so that case does not arise.
 */
final class FieldNames {

    private final PropertyNamingStrategies.NamingBase naming;

    FieldNames(PropertyNamingStrategy strategy) {
        this.naming = strategy instanceof PropertyNamingStrategies.NamingBase base ? base : null;
    }

    /** Jackson's path already holds JSON names. */
    static String fromJackson(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    /**
     * A Spring property path ({@code compareAtPrice}, {@code items[0].productId}, {@code attributes[a.b]}):
     * each property name is translated, what stands in brackets is kept as it is.
     */
    String fromPropertyPath(String path) {
        StringBuilder name = new StringBuilder(path.length() + 8);
        StringBuilder segment = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (depth > 0) {
                name.append(c);
                if (c == ']') {
                    depth--;
                }
            } else if (c == '[' || c == '.') {
                name.append(translate(segment.toString())).append(c);
                segment.setLength(0);
                if (c == '[') {
                    depth++;
                }
            } else {
                segment.append(c);
            }
        }
        return name.append(translate(segment.toString())).toString();
    }

    /**
     * A Bean Validation path. Method and parameter nodes are dropped when the violation lies inside an argument
     * (the argument is the body, whose fields the client knows); a violation of an argument itself is reported
     * under the parameter's name.
     */
    String fromViolationPath(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        boolean insideArgument = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            // Bean Validation puts the index of a list element on the node that follows the list.
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('[').append(node.getKey()).append(']');
                }
            }
            if (kind == ElementKind.PROPERTY) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(translate(node.getName()));
                insideArgument = true;
            }
        }
        if (!insideArgument && parameter != null) {
            // e.g. a List<@Positive Long> parameter: "ids" + "[0]"
            return translate(parameter) + name;
        }
        return name.isEmpty() ? null : name.toString();
    }

    String translate(String javaName) {
        if (naming == null || javaName == null || javaName.isEmpty()) {
            return javaName;
        }
        return naming.translate(javaName);
    }
}
