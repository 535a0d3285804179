package com.skincare.shop.api.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One day of {@code performance_metrics} (a day in Phnom Penh), with the documented metrics. */
public record PerformanceMetricsView(LocalDate date, Metrics metrics, Instant createdAt) {

    public record Metrics(long totalUsers, long activeUsers, long newRegistrations, long totalOrders,
                          BigDecimal revenue, BigDecimal avgOrderValue, List<ProductActivity> popularProducts,
                          List<CategoryActivity> popularCategories) {
    }

    public record ProductActivity(long productId, long views, long purchases) {
    }

    public record CategoryActivity(String category, long views, long purchases) {
    }
}
