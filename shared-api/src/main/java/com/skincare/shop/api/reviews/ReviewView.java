package com.skincare.shop.api.reviews;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review as the {@code reviews} read table holds it. {@code customerName} is the author's first name and the
 * initial of their last name as the users table has them now, or null when the author's account is gone; no
 * email is ever shown.
 */
public record ReviewView(
        long id,
        long productId,
        Long userId,
        int rating,
        String title,
        String comment,
        String customerName,
        ReviewStatus status,
        @JsonProperty("is_verified_purchase") boolean verifiedPurchase,
        int helpfulCount,
        LocalDate createdAt,
        Instant updatedAt) {
}
