package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;

/** The review is gone; {@code deletedBy} is its author or a moderator. */
public record ReviewDeletedEvent(ReviewId reviewId, ProductId productId, UserId deletedBy) {
}
