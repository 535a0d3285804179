package com.skincare.shop.api.catalog;

/** Everything an admin edits on a category, in the documented columns; {@code parentId} may be null. */
public record CategoryDetails(
        String name,
        String slug,
        String description,
        CategoryId parentId,
        String imageUrl,
        boolean active,
        int sortOrder) {
}
