package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;

/**
 * A new review, pending moderation. Whether it is a verified purchase is the reviews projection's to say, from
 * the author's orders as they stand at this event (events stored with a {@code verifiedPurchase} value, always
 * false, read without it).
 */
public record ReviewSubmittedEvent(ReviewId reviewId, ProductId productId, UserId author, ReviewContent content) {
}
