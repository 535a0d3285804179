package com.skincare.shop.api.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A category with its direct children and how many products it holds: those linked to it or to any category
 * below it, each once. In the shopper view the children and counts take visible categories and active products
 * only; a category below an inactive one is hidden like the inactive one itself.
 */
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
        Instant updatedAt,
        long productCount,
        List<CategorySummary> children) {

    public CategoryView {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
