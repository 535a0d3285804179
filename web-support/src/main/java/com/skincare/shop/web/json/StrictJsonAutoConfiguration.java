package com.skincare.shop.web.json;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Text fields take JSON strings only. The module's defaults already refuse a string where a number or a boolean
 * belongs ({@code allow-coercion-of-scalars=false}), but Jackson still turns {@code 42} or {@code true} into the
 * text "42" or "true" for a {@code String} field; a client sending a number as a name has a bug it should hear
 * about, as a 400 naming the field.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class StrictJsonAutoConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer textTakesStringsOnly() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
