package com.skincare.shop.api.recommendations;

/**
 * Answers an {@code Optional<RecommendationsView>}: the user's stored recommendations while they have not expired,
 * else (or with {@code regenerate}) new ones, stored; empty when there is no such user.
 */
public record FindUserRecommendationsQuery(long userId, boolean regenerate) {
}
