package com.skincare.shop.web.testapp;

import com.skincare.shop.api.common.SkinType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A body shaped like the admin product request, to exercise binding and validation. */
public record ProductRequest(
        @NotBlank String nameEn,
        @NotNull @Positive BigDecimal price,
        @Positive BigDecimal compareAtPrice,
        @Valid DimensionsRequest dimensions,
        List<@Positive Long> categoryIds,
        SkinType skinType,
        Boolean isFeatured,
        Integer stock,
        LocalDate launchDate) {

    public record DimensionsRequest(@Positive BigDecimal length, BigDecimal width, BigDecimal height, String unit) {
    }
}
