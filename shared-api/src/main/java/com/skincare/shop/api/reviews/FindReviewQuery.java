package com.skincare.shop.api.reviews;

/** Answers an {@code Optional<ReviewView>}, whatever the review's status. */
public record FindReviewQuery(long reviewId) {
}
