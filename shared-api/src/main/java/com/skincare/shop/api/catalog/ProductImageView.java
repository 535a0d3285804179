package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

public record ProductImageView(
        long id,
        String imageUrl,
        String altText,
        int sortOrder,
        @JsonProperty("is_primary") boolean primary,
        Instant createdAt) {
}
