package com.skincare.shop.command.reviews;

import com.skincare.shop.api.reviews.ReviewStatus;

/** A review as a write answers it: pending until a moderator decides. The list views are on the query side. */
public record ReviewResponse(long id, long productId, long userId, int rating, String title, String comment,
                             ReviewStatus status) {
}
