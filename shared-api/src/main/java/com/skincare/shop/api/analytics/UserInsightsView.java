package com.skincare.shop.api.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user's behaviour over their tracked sessions: how many sessions and events, events by type, the products
 * and categories they looked at most (views, most first), and when they were first and last seen. The times are
 * null for a user with no tracked event.
 */
public record UserInsightsView(long userId, long sessions, long totalEvents, Map<String, Long> eventsByType,
                               List<CountView> topProducts, List<CountView> topCategories, Instant firstSeen,
                               Instant lastSeen) {
}
