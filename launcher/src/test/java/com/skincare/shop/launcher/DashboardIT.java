package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static com.skincare.shop.launcher.CheckoutHttpIT.line;
import static com.skincare.shop.launcher.CheckoutHttpIT.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the sales analytics over orders placed through the API: confirmed, cancelled, partly and
 * wholly refunded. The suite's other tests place orders on the same days, so each figure is checked as exactly
 * what these orders add to it; their products and category are this test's own, so theirs are checked whole.
 * The range runs from yesterday to tomorrow in Phnom Penh, so a run across its midnight counts every order.
 * <pre>
 *   1  first   Serum x2 (30.00)  60.00 (free shipping)  confirmed
 *   2  second  Cream x3 (45.00) 135.00                  confirmed
 *   3  first   Serum x1          32.50                  cancelled by the customer
 *   4  third   Cream x1          47.50                  paid, 7.50 refunded
 *   5  second  Serum x1          32.50                  paid, refunded whole
 * </pre>
 */
class DashboardIT extends ShopIT {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Test
    void theFiguresAreExactlyWhatTheOrdersAdd() {
        LocalDate today = LocalDate.now(PHNOM_PENH);
        String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        long categoryId = admin().post("/api/v1/admin/categories", category(unique())).data().path("id").asLong();
        long serum = createProduct("30.00", 40, categoryId);
        long cream = createProduct("45.00", 40, categoryId);
        eventually(() -> assertThat(admin().get("/api/v1/admin/categories/" + categoryId).status()).isEqualTo(200));

        JsonNode statsBefore = stats(range);
        JsonNode salesBefore = report("sales", range + "&granularity=day");
        JsonNode revenueBefore = report("revenue", range);
        JsonNode customersBefore = report("customers", range);

        Customer first = newCustomer();
        Customer second = newCustomer();
        Customer third = newCustomer();
        Customer browser = newCustomer();
        createProduct("12.00", 2, null);
        assertThat(browser.http().post("/api/v1/cart/add", Map.of("product_id", serum, "quantity", 1)).status())
                .isEqualTo(200);

        long one = place(first, serum, 2);
        long two = place(second, cream, 3);
        long three = place(first, serum, 1);
        long four = place(third, cream, 1);
        long five = place(second, serum, 1);
        assertThat(first.http().post("/api/v1/orders/" + three + "/cancel", Map.of()).status()).isEqualTo(200);
        pay(four);
        pay(five);
        assertThat(admin().post("/api/v1/admin/orders/" + four + "/refund", Map.of("amount", 7.50)).status())
                .isEqualTo(200);
        Http.Answer whole = admin().post("/api/v1/admin/orders/" + five + "/refund", Map.of());
        assertThat(whole.data().path("status").asText()).as(whole.toString()).isEqualTo("refunded");

        eventually(() -> {
            JsonNode recent = admin().get("/api/v1/admin/dashboard/recent-orders?limit=5").data();
            assertThat(recent.findValuesAsText("id")).containsExactly(Long.toString(five), Long.toString(four),
                    Long.toString(three), Long.toString(two), Long.toString(one));
            assertThat(recent.findValuesAsText("status"))
                    .containsExactly("refunded", "confirmed", "cancelled", "confirmed", "confirmed");
            assertThat(admin().get("/api/v1/admin/orders/" + four).data().path("refunds")).hasSize(1);
        });

        Map<LocalDate, Expected> byDay = new TreeMap<>();
        JsonNode recent = admin().get("/api/v1/admin/dashboard/recent-orders?limit=5").data();
        Map<Long, LocalDate> placedOn = new HashMap<>();
        for (JsonNode order : recent) {
            placedOn.put(order.path("id").asLong(), localDay(order.path("placed_at").asText()));
        }
        byDay.computeIfAbsent(placedOn.get(one), d -> new Expected()).sold(2, "60.00");
        byDay.computeIfAbsent(placedOn.get(two), d -> new Expected()).sold(3, "135.00");
        byDay.computeIfAbsent(placedOn.get(three), d -> new Expected()).cancelled++;
        byDay.computeIfAbsent(placedOn.get(four), d -> new Expected()).sold(1, "47.50");
        byDay.computeIfAbsent(placedOn.get(five), d -> new Expected()).sold(1, "32.50");
        byDay.computeIfAbsent(refundDay(four), d -> new Expected()).refunded("7.50");
        byDay.computeIfAbsent(refundDay(five), d -> new Expected()).refunded("32.50");

        eventually(() -> {
            JsonNode stats = stats(range);
            assertThat(delta(stats, statsBefore, "orders")).isEqualTo(4);
            assertThat(delta(stats, statsBefore, "cancelled_orders")).isEqualTo(1);
            assertThat(delta(stats, statsBefore, "items_sold")).isEqualTo(7);
            assertThat(money(stats, statsBefore, "gross_revenue")).isEqualByComparingTo("275.00");
            assertThat(money(stats, statsBefore, "refunds")).isEqualByComparingTo("40.00");
            assertThat(money(stats, statsBefore, "net_revenue")).isEqualByComparingTo("235.00");
            assertThat(delta(stats, statsBefore, "new_customers")).isEqualTo(4);
            assertThat(delta(stats, statsBefore, "total_customers")).isEqualTo(4);
            assertThat(delta(stats.path("cart_conversion"), statsBefore.path("cart_conversion"), "buyers"))
                    .isEqualTo(3);
            assertThat(delta(stats.path("cart_conversion"), statsBefore.path("cart_conversion"), "shoppers"))
                    .as("the three buyers and the customer who left a cart").isEqualTo(4);
            assertThat(delta(stats, statsBefore, "awaiting_fulfilment")).isEqualTo(3);
            assertThat(delta(stats, statsBefore, "pending_orders")).isZero();
            assertThat(delta(stats, statsBefore, "low_stock_count")).isEqualTo(1);
            assertThat(stats.path("average_order_value").decimalValue()).isEqualByComparingTo(
                    stats.path("gross_revenue").decimalValue().divide(
                            BigDecimal.valueOf(stats.path("orders").asLong()), 2, java.math.RoundingMode.HALF_UP));
        });
        assertThat(admin().get("/api/v1/admin/dashboard/stats?" + range).body())
                .as("money has two decimals").containsPattern("\"net_revenue\":-?\\d+\\.\\d{2}[,}]");

        JsonNode sales = report("sales", range + "&granularity=day");
        assertThat(sales.path("zone").asText()).isEqualTo("Asia/Phnom_Penh");
        assertThat(sales.path("periods").findValuesAsText("period")).containsExactly(
                today.minusDays(1).toString(), today.toString(), today.plusDays(1).toString());
        for (int i = 0; i < 3; i++) {
            JsonNode period = sales.path("periods").get(i);
            JsonNode earlier = salesBefore.path("periods").get(i);
            Expected expected = byDay.getOrDefault(LocalDate.parse(period.path("period").asText()), new Expected());
            assertThat(delta(period, earlier, "orders")).as(period.toString()).isEqualTo(expected.orders);
            assertThat(delta(period, earlier, "cancelled_orders")).isEqualTo(expected.cancelled);
            assertThat(delta(period, earlier, "items_sold")).isEqualTo(expected.items);
            assertThat(money(period, earlier, "gross_revenue")).isEqualByComparingTo(expected.gross);
            assertThat(money(period, earlier, "refunds")).isEqualByComparingTo(expected.refunds);
            assertThat(money(period, earlier, "net_revenue")).isEqualByComparingTo(expected.gross.subtract(expected.refunds));
        }
        assertThat(money(sales.path("total"), salesBefore.path("total"), "net_revenue")).isEqualByComparingTo("235.00");
        JsonNode months = report("sales", range + "&period=month");
        assertThat(months.path("granularity").asText()).isEqualTo("month");
        assertThat(months.path("total")).isEqualTo(sales.path("total"));

        JsonNode revenue = report("revenue", range);
        assertThat(money(revenue.path("total"), revenueBefore.path("total"), "subtotal")).isEqualByComparingTo("270.00");
        assertThat(money(revenue.path("total"), revenueBefore.path("total"), "shipping")).isEqualByComparingTo("5.00");
        assertThat(money(revenue.path("total"), revenueBefore.path("total"), "discounts")).isEqualByComparingTo("0.00");
        assertThat(money(revenue.path("total"), revenueBefore.path("total"), "gross_revenue")).isEqualByComparingTo("275.00");
        assertThat(money(revenue.path("total"), revenueBefore.path("total"), "refunds")).isEqualByComparingTo("40.00");

        JsonNode customers = report("customers", range + "&granularity=week");
        assertThat(delta(customers.path("total"), customersBefore.path("total"), "new_customers")).isEqualTo(4);
        assertThat(delta(customers.path("total"), customersBefore.path("total"), "buyers")).isEqualTo(3);
        assertThat(delta(customers.path("total"), customersBefore.path("total"), "first_time_buyers")).isEqualTo(3);
        assertThat(delta(customers.path("total"), customersBefore.path("total"), "returning_buyers")).isZero();

        // Products: orders 1, 2 and 4 stand; 3 was cancelled and 5 refunded whole.
        List<JsonNode> top = mine(admin().get("/api/v1/admin/dashboard/top-products?limit=100&" + range).data(),
                serum, cream);
        assertThat(top).extracting(p -> p.path("product_id").asLong()).containsExactly(cream, serum);
        assertThat(top.get(0).path("units_sold").asLong()).isEqualTo(4);
        assertThat(top.get(0).path("orders").asLong()).isEqualTo(2);
        assertThat(top.get(0).path("revenue").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(top.get(1).path("units_sold").asLong()).isEqualTo(2);
        assertThat(top.get(1).path("revenue").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(mine(admin().get("/api/v1/admin/analytics/popular-products?limit=100&" + range).data(),
                serum, cream)).extracting(p -> p.path("units_sold").asLong()).containsExactly(4L, 2L);
        JsonNode categories = admin().get("/api/v1/admin/analytics/products?limit=100&" + range).data()
                .path("top_categories");
        JsonNode ours = null;
        for (JsonNode c : categories) {
            if (c.path("category_id").asLong() == categoryId) {
                ours = c;
            }
        }
        assertThat(ours).as(categories.toString()).isNotNull();
        assertThat(ours.path("products_sold").asLong()).isEqualTo(2);
        assertThat(ours.path("units_sold").asLong()).isEqualTo(6);
        assertThat(ours.path("orders").asLong()).isEqualTo(3);
        assertThat(ours.path("revenue").decimalValue()).isEqualByComparingTo("240.00");
    }

    /** Every figure comes from the customers projection's tables and the events' times: a replay changes none. */
    @Test
    void aReplayOfTheCustomersProjectionGivesTheSameReports() {
        LocalDate today = LocalDate.now(PHNOM_PENH);
        String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        long categoryId = admin().post("/api/v1/admin/categories", category(unique())).data().path("id").asLong();
        long serum = createProduct("30.00", 40, categoryId);
        Customer buyer = newCustomer();
        long order = place(buyer, serum, 2);
        pay(order);
        assertThat(admin().post("/api/v1/admin/orders/" + order + "/refund", Map.of("amount", 5)).status())
                .isEqualTo(200);
        eventually(() -> assertThat(admin().get("/api/v1/admin/orders/" + order).data().path("refunds")).hasSize(1));
        List<String> reports = List.of("/api/v1/admin/dashboard/stats?" + range,
                "/api/v1/admin/dashboard/recent-orders?limit=20",
                "/api/v1/admin/analytics/sales?granularity=day&" + range,
                "/api/v1/admin/analytics/revenue?" + range,
                "/api/v1/admin/analytics/customers?limit=100&" + range,
                "/api/v1/admin/analytics/products?limit=100&" + range);
        List<String> before = reports.stream().map(path -> admin().get(path).body()).toList();

        Http.Answer replay = admin().post("/api/v1/admin/projections/customers/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        eventually(() -> {
            JsonNode status = admin().get("/api/v1/admin/projections/customers").data();
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("progress").path("phase").asText()).as("a replay that failed left the tables as they were")
                    .isNotEqualTo("failed");
            assertThat(status.path("lag").asLong()).isZero();
        });

        assertThat(reports.stream().map(path -> admin().get(path).body()).toList()).isEqualTo(before);
        assertThat(before.get(1)).as("the reports hold this order").contains("{\"id\":" + order + ",");
    }

    @Test
    void theDefaultRangeIsTheLastThirtyDaysInPhnomPenh() {
        LocalDate today = LocalDate.now(PHNOM_PENH);
        JsonNode stats = admin().get("/api/v1/admin/dashboard/stats").data();
        JsonNode sales = report("sales", "");

        assertThat(LocalDate.parse(stats.path("to").asText())).isBetween(today.minusDays(1), today.plusDays(1));
        assertThat(LocalDate.parse(stats.path("from").asText()))
                .isEqualTo(LocalDate.parse(stats.path("to").asText()).minusDays(29));
        assertThat(sales.path("granularity").asText()).isEqualTo("day");
        assertThat(sales.path("periods")).hasSize(30);
        assertThat(admin().get("/api/v1/admin/dashboard/recent-orders").data().size()).isLessThanOrEqualTo(10);
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        record Bad(String path, String field) {
        }
        List<Bad> table = new ArrayList<>();
        for (String report : new String[]{"/api/v1/admin/dashboard/stats", "/api/v1/admin/dashboard/top-products",
                "/api/v1/admin/analytics/sales", "/api/v1/admin/analytics/revenue",
                "/api/v1/admin/analytics/customers", "/api/v1/admin/analytics/products",
                "/api/v1/admin/analytics/popular-products"}) {
            table.add(new Bad(report + "?from=2026-12-05&to=2026-12-01", "from"));
            table.add(new Bad(report + "?from=1999-12-31&to=2000-01-05", "from"));
            table.add(new Bad(report + "?from=2100-12-01&to=2101-01-01", "to"));
            table.add(new Bad(report + "?from=2020-01-01&to=2026-01-01", "to"));
            table.add(new Bad(report + "?from=2026-02-30", "from"));
            table.add(new Bad(report + "?to=01%2F12%2F2026", "to"));
            table.add(new Bad(report + "?from=yesterday", "from"));
        }
        for (String report : new String[]{"sales", "revenue", "customers"}) {
            table.add(new Bad("/api/v1/admin/analytics/" + report + "?granularity=hour", "granularity"));
            table.add(new Bad("/api/v1/admin/analytics/" + report + "?period=year", "period"));
            table.add(new Bad("/api/v1/admin/analytics/" + report + "?granularity=day&period=week", "period"));
        }
        for (String ranked : new String[]{"/api/v1/admin/dashboard/recent-orders",
                "/api/v1/admin/dashboard/top-products", "/api/v1/admin/analytics/popular-products",
                "/api/v1/admin/analytics/products", "/api/v1/admin/analytics/customers"}) {
            table.add(new Bad(ranked + "?limit=0", "limit"));
            table.add(new Bad(ranked + "?limit=101", "limit"));
            table.add(new Bad(ranked + "?limit=ten", "limit"));
        }
        table.add(new Bad("/api/v1/admin/dashboard/stats?low_stock_threshold=-1", "low_stock_threshold"));
        table.add(new Bad("/api/v1/admin/dashboard/stats?low_stock_threshold=1000001", "low_stock_threshold"));

        for (Bad bad : table) {
            assertRefused(() -> admin().get(bad.path()), 400, "BAD_REQUEST", bad.field());
        }
        assertThat(admin().get("/api/v1/admin/analytics/sales?from=2024-01-01&to=2026-12-31&granularity=month")
                .status()).as("three years is the longest range").isEqualTo(200);
    }

    private long createProduct(String price, int stock, Long categoryId) {
        Map<String, Object> body = product(unique());
        body.put("price", new BigDecimal(price));
        body.put("compare_at_price", new BigDecimal(price).add(BigDecimal.TEN));
        body.put("stock", stock);
        if (categoryId != null) {
            body.put("category_ids", List.of(categoryId));
        }
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    /** Placed and confirmed; on a slow machine the answer may be the 202, decided a moment later. */
    private long place(Customer customer, long product, int quantity) {
        Http.Answer placed = customer.http().post(CheckoutHttpIT.ORDERS, order(List.of(line(product, quantity))));
        assertThat(placed.status()).as(placed.toString()).isIn(201, 202);
        long id = placed.data().path("id").asLong();
        eventually(() -> assertThat(admin().get("/api/v1/admin/orders/" + id).data().path("status").asText())
                .isEqualTo("confirmed"));
        return id;
    }

    private void pay(long order) {
        Http.Answer paid = admin().put("/api/v1/admin/orders/" + order + "/payment-status",
                Map.of("payment_status", "paid"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    private LocalDate refundDay(long order) {
        JsonNode refunds = admin().get("/api/v1/admin/orders/" + order).data().path("refunds");
        assertThat(refunds).hasSize(1);
        return localDay(refunds.get(0).path("created_at").asText());
    }

    private static LocalDate localDay(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), PHNOM_PENH);
    }

    private JsonNode stats(String range) {
        Http.Answer answer = admin().get("/api/v1/admin/dashboard/stats?" + range);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    private JsonNode report(String name, String parameters) {
        Http.Answer answer = admin().get("/api/v1/admin/analytics/" + name + "?" + parameters);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    /** The entries of the given products, in the order the list has them. */
    private static List<JsonNode> mine(JsonNode list, long... products) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : list) {
            for (long product : products) {
                if (entry.path("product_id").asLong() == product) {
                    found.add(entry);
                }
            }
        }
        return found;
    }

    private static long delta(JsonNode after, JsonNode before, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }

    private static BigDecimal money(JsonNode after, JsonNode before, String field) {
        return after.path(field).decimalValue().subtract(before.path(field).decimalValue());
    }

    /** What this test's orders add to one day. */
    private static final class Expected {
        long orders;
        long cancelled;
        long items;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;

        void sold(long units, String total) {
            orders++;
            items += units;
            gross = gross.add(new BigDecimal(total));
        }

        void refunded(String amount) {
            refunds = refunds.add(new BigDecimal(amount));
        }
    }
}
