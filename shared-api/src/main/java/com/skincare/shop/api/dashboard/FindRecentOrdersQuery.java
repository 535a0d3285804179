package com.skincare.shop.api.dashboard;

/** Answers the {@code limit} newest orders, whatever their status, as {@link RecentOrderView}s. */
public record FindRecentOrdersQuery(int limit) {
}
