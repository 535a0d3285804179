package com.skincare.shop.api.reviews;

/** The review has new content and is pending moderation again, whatever it was before. */
public record ReviewEditedEvent(ReviewId reviewId, ReviewContent content) {
}
