package com.skincare.shop.command.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.skincare.shop.api.reviews.ReviewStatus;

/**
 * A review as a write answers it: pending until a moderator decides; an edit does not repeat the product. The
 * list views are on the query side.
 */
public record ReviewResponse(long id, @JsonInclude(JsonInclude.Include.NON_NULL) Long productId, long userId,
                             int rating, String title, String comment, ReviewStatus status) {
}
