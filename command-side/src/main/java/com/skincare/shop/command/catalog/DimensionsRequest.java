package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.Dimensions;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A product's package size in a request, e.g. {@code {"length": 5, "width": 5, "height": 15, "unit": "cm"}}. */
public record DimensionsRequest(
        @PositiveOrZero BigDecimal length,
        @PositiveOrZero BigDecimal width,
        @PositiveOrZero BigDecimal height,
        @Size(max = 10) String unit) {

    Dimensions toDimensions() {
        return new Dimensions(length, width, height, unit);
    }
}
