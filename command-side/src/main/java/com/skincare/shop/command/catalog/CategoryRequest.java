package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.CreateCategoryCommand;
import com.skincare.shop.api.catalog.UpdateCategoryCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/v1/admin/categories}, in the documented columns. A PUT replaces
 * every detail: an absent slug is derived from the name again, an absent {@code parent_id} makes it top-level.
 */
public record CategoryRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) @Pattern(regexp = RequestPatterns.SLUG, message = RequestPatterns.SLUG_MESSAGE) String slug,
        String description,
        @Positive Long parentId,
        @Size(max = 500) @Pattern(regexp = RequestPatterns.HTTP_URL, message = RequestPatterns.HTTP_URL_MESSAGE)
        String imageUrl,
        @JsonProperty("is_active") Boolean active,
        Integer sortOrder) {

    static final int SLUG_MAX_LENGTH = 100;

    public CreateCategoryCommand toCreateCommand(CategoryId id) {
        return new CreateCategoryCommand(id, toDetails(id));
    }

    public UpdateCategoryCommand toUpdateCommand(CategoryId id) {
        return new UpdateCategoryCommand(id, toDetails(id));
    }

    CategoryDetails toDetails(CategoryId id) {
        return new CategoryDetails(
                name,
                slug != null ? slug : Slugs.derive(name, SLUG_MAX_LENGTH, "category-" + id.value()),
                description,
                parentId == null ? null : CategoryId.of(parentId),
                imageUrl,
                active == null || active,
                sortOrder == null ? 0 : sortOrder);
    }
}
