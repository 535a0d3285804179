package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;

/** The review is not public, and no longer counts in its product's rating if it did. */
public record ReviewRejectedEvent(ReviewId reviewId, ProductId productId, UserId moderator) {
}
