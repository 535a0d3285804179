package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

public record CategoryView(
        long id,
        String name,
        String slug,
        String description,
        Long parentId,
        String imageUrl,
        @JsonProperty("is_active") boolean active,
        int sortOrder,
        Instant createdAt,
        Instant updatedAt) {
}
