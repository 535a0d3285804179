package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.UserId;

/** One more customer found the review helpful; {@code helpfulCount} is the count after this vote. */
public record ReviewMarkedHelpfulEvent(ReviewId reviewId, UserId voter, int helpfulCount) {
}
