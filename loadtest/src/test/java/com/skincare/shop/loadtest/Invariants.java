package com.skincare.shop.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The promises a load must not break, checked through the API only once it is over: no stock below zero and none
 * lost, no coupon used beyond its limits, every order answered 2xx in the read model, and every order's sums add
 * up. The checks are functions of the JSON the API answers, so a unit test feeds them samples.
 */
final class Invariants {

    static final String STOCK = "stock never below zero, none lost";
    static final String COUPON = "coupon within its limits";
    static final String ORDERS = "every 2xx order in the read model";
    static final String TOTALS = "order totals add up";

    private Invariants() {
    }

    /**
     * Every invariant's violations, empty lists when it holds. The read model follows the events by a moment, so
     * the check is repeated until it holds or {@code wait} has passed, and the last violations stand.
     */
    static Map<String, List<String>> checkThroughApi(ShopApi api, RunData run, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Map<String, List<String>> violations = checkOnce(api, run);
            boolean holds = violations.values().stream().allMatch(List::isEmpty);
            if (holds || Instant.now().isAfter(deadline)) {
                return violations;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return violations;
            }
        }
    }

    private static Map<String, List<String>> checkOnce(ShopApi api, RunData run) {
        List<JsonNode> inventory = api.all("/api/v1/admin/inventory?sort=stock");
        // The run's customers' orders, found by the run id in their emails, and every order answered 2xx.
        Set<Long> orderIds = new TreeSet<>();
        api.all("/api/v1/admin/orders?search=" + run.runId).forEach(row -> orderIds.add(row.path("id").asLong()));
        run.placed.forEach(placed -> orderIds.add(placed.id()));
        List<String> unreadable = new ArrayList<>();
        Map<Long, JsonNode> details = new HashMap<>();
        for (Long id : orderIds) {
            ShopApi.Answer answer = api.get("/api/v1/admin/orders/" + id);
            if (answer.status() == 200) {
                details.put(id, answer.data());
            } else if (answer.status() != 404) {
                unreadable.add("GET /api/v1/admin/orders/" + id + " answered " + answer.status());
            }
        }
        JsonNode coupon = api.get("/api/v1/admin/coupons/" + run.coupon.id()).data();
        List<JsonNode> usage = api.all("/api/v1/admin/coupons/" + run.coupon.id() + "/usage");

        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> stock = new ArrayList<>(negativeStock(inventory));
        stock.addAll(stockConservation(run.initialStock, inventory, details.values()));
        violations.put(STOCK, stock);
        violations.put(COUPON, couponLimits(coupon, usage, details));
        List<String> answered = new ArrayList<>(unreadable);
        answered.addAll(answeredOrders(run.placed, details));
        violations.put(ORDERS, answered);
        List<String> totals = new ArrayList<>();
        details.values().forEach(order -> totals.addAll(orderArithmetic(order)));
        violations.put(TOTALS, totals);
        return violations;
    }

    /** A product that takes no backorders never shows a stock below zero. */
    static List<String> negativeStock(Collection<JsonNode> inventory) {
        List<String> violations = new ArrayList<>();
        for (JsonNode row : inventory) {
            if (row.path("stock").asInt() < 0 && !row.path("allow_backorders").asBoolean()) {
                violations.add("product " + row.path("product_id").asLong() + " has stock "
                        + row.path("stock").asInt());
            }
        }
        return violations;
    }

    /**
     * Each product the run created holds what it started with less what the confirmed orders took: a rejected
     * order gave its reservation back, and nothing else ordered these products.
     */
    static List<String> stockConservation(Map<Long, Integer> initialStock, Collection<JsonNode> inventory,
                                          Collection<JsonNode> orders) {
        Map<Long, Integer> sold = new HashMap<>();
        for (JsonNode order : orders) {
            if (!holdsStock(order.path("status").asText())) {
                continue;
            }
            for (JsonNode item : order.path("items")) {
                sold.merge(item.path("product_id").asLong(), item.path("quantity").asInt(), Integer::sum);
            }
        }
        Map<Long, Integer> current = new HashMap<>();
        inventory.forEach(row -> current.put(row.path("product_id").asLong(), row.path("stock").asInt()));
        List<String> violations = new ArrayList<>();
        new TreeMap<>(initialStock).forEach((product, initial) -> {
            Integer now = current.get(product);
            int expected = initial - sold.getOrDefault(product, 0);
            if (now == null) {
                violations.add("product " + product + " is missing from the inventory");
            } else if (now != expected) {
                violations.add("product " + product + " has stock " + now + ", expected " + initial + " - "
                        + sold.getOrDefault(product, 0) + " sold = " + expected);
            }
        });
        return violations;
    }

    /**
     * The coupon counts no more uses than its limit, as many as its standing redemptions, each of a confirmed
     * order, no customer more than the per-user limit, and the redemptions' discounts are the orders' discounts.
     */
    static List<String> couponLimits(JsonNode coupon, Collection<JsonNode> usage, Map<Long, JsonNode> orders) {
        List<String> violations = new ArrayList<>();
        int used = coupon.path("used_count").asInt();
        int limit = coupon.path("usage_limit").asInt();
        int perUser = coupon.path("usage_limit_per_user").asInt(1);
        String code = coupon.path("code").asText();
        if (!coupon.path("usage_limit").isNull() && used > limit) {
            violations.add(code + " used " + used + " times, limit " + limit);
        }
        if (used != usage.size()) {
            violations.add(code + " counts " + used + " uses but lists " + usage.size() + " redemptions");
        }
        Map<Long, Integer> byUser = new HashMap<>();
        BigDecimal redeemed = BigDecimal.ZERO;
        BigDecimal discounted = BigDecimal.ZERO;
        for (JsonNode use : usage) {
            byUser.merge(use.path("user_id").asLong(), 1, Integer::sum);
            redeemed = redeemed.add(use.path("discount_amount").decimalValue());
            long orderId = use.path("order_id").asLong();
            JsonNode order = orders.get(orderId);
            if (order == null || !holdsStock(order.path("status").asText())) {
                violations.add(code + " is redeemed by order " + orderId + ", which is "
                        + (order == null ? "not found" : order.path("status").asText()));
            } else {
                discounted = discounted.add(order.path("discount_amount").decimalValue());
            }
        }
        byUser.forEach((user, uses) -> {
            if (uses > perUser) {
                violations.add(code + " used " + uses + " times by user " + user + ", limit per user " + perUser);
            }
        });
        if (redeemed.compareTo(discounted) != 0) {
            violations.add(code + "'s redemptions gave " + redeemed + " off, their orders " + discounted);
        }
        return violations;
    }

    /**
     * Every order answered 2xx is readable by the admin; a 201 was confirmed and reads so; a 202 was decided in
     * the meantime.
     */
    static List<String> answeredOrders(Collection<RunData.PlacedOrder> placed, Map<Long, JsonNode> orders) {
        List<String> violations = new ArrayList<>();
        for (RunData.PlacedOrder answer : placed) {
            JsonNode order = orders.get(answer.id());
            if (order == null) {
                violations.add("order " + answer.id() + " (answered " + answer.httpStatus() + ") is not readable");
                continue;
            }
            String status = order.path("status").asText();
            if (answer.httpStatus() == 201 && !status.equals(answer.status())) {
                violations.add("order " + answer.id() + " was answered " + answer.status() + " but reads " + status);
            }
            if (status.equals("pending")) {
                violations.add("order " + answer.id() + " is still pending");
            }
        }
        return violations;
    }

    /** {@code total = subtotal + tax + shipping - discount}, the subtotal is its lines', a line is price x quantity. */
    static List<String> orderArithmetic(JsonNode order) {
        List<String> violations = new ArrayList<>();
        long id = order.path("id").asLong();
        BigDecimal subtotal = order.path("subtotal").decimalValue();
        BigDecimal expectedTotal = subtotal.add(order.path("tax_amount").decimalValue())
                .add(order.path("shipping_amount").decimalValue())
                .subtract(order.path("discount_amount").decimalValue());
        BigDecimal total = order.path("total").decimalValue();
        if (total.compareTo(expectedTotal) != 0) {
            violations.add("order " + id + " totals " + total + ", its parts " + expectedTotal);
        }
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode item : order.path("items")) {
            BigDecimal line = item.path("total_price").decimalValue();
            BigDecimal expectedLine = item.path("unit_price").decimalValue()
                    .multiply(BigDecimal.valueOf(item.path("quantity").asInt()));
            if (line.compareTo(expectedLine) != 0) {
                violations.add("order " + id + " line " + item.path("product_id").asLong() + " is " + line
                        + ", price x quantity " + expectedLine);
            }
            lines = lines.add(line);
        }
        if (subtotal.compareTo(lines) != 0) {
            violations.add("order " + id + " subtotal " + subtotal + ", its lines " + lines);
        }
        return violations;
    }

    /** The statuses of an order that holds its stock and coupon: placed or confirmed and not given back. */
    private static boolean holdsStock(String status) {
        return !status.equals("cancelled") && !status.equals("refunded");
    }
}
