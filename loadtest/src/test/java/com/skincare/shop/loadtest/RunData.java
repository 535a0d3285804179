package com.skincare.shop.loadtest;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one run set up through the API and what its checkouts were answered: the invariant check compares the
 * shop's read model with it. {@code runId} is in every customer's email, so the run's orders can be found.
 */
final class RunData {

    final String runId;
    final Map<Long, Integer> initialStock;
    final Coupon coupon;
    final Queue<PlacedOrder> placed = new ConcurrentLinkedQueue<>();
    /** How many checkouts got each answer, as "checkout: 201 confirmed" or "checkout: 422 INSUFFICIENT_STOCK". */
    final Map<String, Integer> outcomes = new ConcurrentHashMap<>();

    RunData(String runId, Map<Long, Integer> initialStock, Coupon coupon) {
        this.runId = runId;
        this.initialStock = Map.copyOf(initialStock);
        this.coupon = coupon;
    }

    List<Long> productIds() {
        return initialStock.keySet().stream().sorted().toList();
    }

    record Coupon(long id, String code, int usageLimit, int usageLimitPerUser) {
    }

    /** A 2xx answer to {@code POST /api/v1/orders}: its order id, HTTP status and the order's status then. */
    record PlacedOrder(long id, int httpStatus, String status) {
    }
}
