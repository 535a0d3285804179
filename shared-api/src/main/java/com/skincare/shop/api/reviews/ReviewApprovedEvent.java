package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;

/** The review is public now and counts in its product's rating. */
public record ReviewApprovedEvent(ReviewId reviewId, ProductId productId, UserId moderator) {
}
