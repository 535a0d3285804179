package com.skincare.shop.api.catalog;

import java.math.BigDecimal;

/** A product's package size, kept in the documented {@code dimensions} JSONB column. */
public record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, String unit) {
}
