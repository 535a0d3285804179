package com.skincare.shop.api.analytics;

/** What {@code user_analytics} knows of one user's sessions, answered as a {@link UserInsightsView}. */
public record FindUserInsightsQuery(long userId) {
}
