package com.skincare.shop.api.reviews;

/** Which reviews a list holds; a null value does not narrow. */
public record ReviewFilter(Long productId, Long userId, ReviewStatus status, Integer rating) {

    public static ReviewFilter publicOf(long productId) {
        return new ReviewFilter(productId, null, ReviewStatus.APPROVED, null);
    }

    public static ReviewFilter byAuthor(long userId) {
        return new ReviewFilter(null, userId, null, null);
    }
}
