package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;

/**
 * A new review, pending moderation. {@code verifiedPurchase} says whether the author had bought the product
 * when they wrote it; it stays false until orders exist.
 */
public record ReviewSubmittedEvent(ReviewId reviewId, ProductId productId, UserId author, ReviewContent content,
                                   boolean verifiedPurchase) {
}
