package com.skincare.shop.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponRedemptionReleasedEvent;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/orders} over HTTP: the answer is the checkout's decision (the confirmed order with its
 * snapshots and totals, or 422 with the reason), the cart is checked out without {@code items}, and nothing is
 * placed, reserved or redeemed for a request the shop refuses.
 */
class CheckoutHttpIT extends ShopIT {

    static final String ORDERS = "/api/v1/orders";

    /** Axon's name for the processor of {@code CheckoutSaga}. */
    static final String CHECKOUT_SAGA_PROCESSOR = "CheckoutSagaProcessor";

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aConfirmedOrderIsAnsweredWithItsSnapshotsAndTotalsAndIsThenReadable() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long serum = createProduct(unique(), 5, "21.00");

        Http.Answer placed = customer.http().post(ORDERS, order(List.of(line(toner, 2), line(serum, 1))));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode order = placed.data();
        long id = order.path("id").asLong();
        assertThat(placed.header("Location")).contains(ORDERS + "/" + id);
        assertThat(order.path("status").asText()).isEqualTo("confirmed");
        assertThat(order.path("order_number").asText()).matches("SK-\\d{8}-\\d{6,}");
        assertThat(order.path("customer_email").asText()).isEqualTo(customer.email());
        assertThat(order.path("customer_name").asText()).isEqualTo("Sophea Chan");
        assertThat(order.path("items").findValuesAsText("product_sku"))
                .containsExactly("IT-TON-" + skuOf(toner), "IT-TON-" + skuOf(serum));
        assertThat(order.path("items").get(0).path("unit_price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(order.path("items").get(0).path("total_price").decimalValue()).isEqualByComparingTo("29.00");
        assertThat(money(order, "subtotal")).isEqualByComparingTo("50.00");
        assertThat(money(order, "shipping_amount")).isEqualByComparingTo("0.00");
        assertThat(money(order, "total")).isEqualByComparingTo(money(order, "subtotal").add(money(order, "tax_amount"))
                .add(money(order, "shipping_amount")).subtract(money(order, "discount_amount")));
        assertThat(order.path("shipping_address").path("phone").asText()).isEqualTo("+85512345678");
        assertThat(order.path("billing_address").path("city").asText()).isEqualTo("Phnom Penh");

        eventually(() -> {
            Http.Answer read = customer.http().get(ORDERS + "/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.data().path("status").asText()).isEqualTo("confirmed");
            assertThat(money(read.data(), "total")).isEqualByComparingTo(money(order, "total"));
            assertThat(read.data().path("order_number").asText()).isEqualTo(order.path("order_number").asText());
        });
        assertThat(stockAfter(toner)).isEqualTo(38);
        assertThat(stockAfter(serum)).isEqualTo(4);
    }

    @Test
    void withoutItemsTheCartsLinesOnSaleAreCheckedOutAndTakenOutOfItOnceConfirmed() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long serum = createProduct(unique(), 40, "21.00");
        long retired = createProduct(unique(), 40, "9.00");
        for (long product : new long[]{toner, serum, retired}) {
            Http.Answer added = customer.http().post("/api/v1/cart/add", Map.of("product_id", product,
                    "quantity", product == toner ? 3 : 1));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
        }
        assertThat(admin().post("/api/v1/admin/products/" + retired + "/archive", null).status()).isEqualTo(200);

        Http.Answer placed = customer.http().post(ORDERS, order(null));

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.data().path("items").findValuesAsText("product_id"))
                .containsExactly(String.valueOf(toner), String.valueOf(serum));
        assertThat(placed.data().path("items").findValuesAsText("quantity")).containsExactly("3", "1");
        assertThat(money(placed.data(), "subtotal")).isEqualByComparingTo("64.50");
        eventually(() -> assertThat(customer.http().get("/api/v1/cart").data().path("items")
                .findValuesAsText("product_id")).as("the archived line stays").containsExactly(String.valueOf(retired)));
        assertThat(stockAfter(toner)).isEqualTo(37);
        assertThat(stockAfter(retired)).isEqualTo(40);
    }

    @Test
    void aRejectedCartCheckoutLeavesTheCartAlone() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        String code = "IT-CART-" + unique();
        createCoupon(Map.of("code", code, "name", "Gone", "type", "fixed", "value", 1, "usage_limit", 1));
        assertThat(newCustomer().http().post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", code))
                .status()).isEqualTo(201);
        assertThat(customer.http().post("/api/v1/cart/add", Map.of("product_id", toner, "quantity", 2)).status())
                .isEqualTo(200);

        assertEnvelope(customer.http().post(ORDERS, with(order(null), "coupon_code", code)), 422, "COUPON_USED_UP");

        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM command.checkout_cart_lines"
                + " WHERE user_id = ?", Long.class, customer.id())).isZero());
        assertThat(eventStore.readEvents("cart-" + customer.id()).asStream().map(DomainEventMessage::getPayload))
                .as("nothing taken out of the cart").noneMatch(CartItemRemovedEvent.class::isInstance);
        assertThat(customer.http().get("/api/v1/cart").data().path("items").findValuesAsText("quantity"))
                .containsExactly("2");
        assertThat(stockAfter(toner)).isEqualTo(39);
    }

    @Test
    void anEmptyCartIsRefused() {
        Customer customer = newCustomer();
        assertRefused(() -> customer.http().post(ORDERS, order(null)), 422, "CART_EMPTY", null);
    }

    @Test
    void moreThanIsInStockIsRefusedWithTheStockUnchanged() {
        Customer customer = newCustomer();
        long scarce = createProduct(unique(), 2, "14.50");
        assertRefused(() -> customer.http().post(ORDERS, order(List.of(line(scarce, 3)))), 422,
                "INSUFFICIENT_STOCK", null);
        assertThat(stockAfter(scarce)).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstOrderAndPlacesNoSecond() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        Http keyed = customer.http().withHeader("Idempotency-Key", "retry-" + unique());
        Map<String, Object> body = order(List.of(line(toner, 2)));

        Http.Answer first = keyed.post(ORDERS, body);
        Http.Answer retry = keyed.post(ORDERS, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.data().path("id").asLong()).isEqualTo(first.data().path("id").asLong());
        assertThat(retry.data().path("status").asText()).isEqualTo("confirmed");
        assertThat(stockAfter(toner)).isEqualTo(38);
        assertThat(placedOrders(customer)).isEqualTo(1);
    }

    @Test
    void racingRetriesWithOneKeyPlaceOneOrder() throws Exception {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        Http keyed = customer.http().withHeader("Idempotency-Key", "race-" + unique());
        Map<String, Object> body = order(List.of(line(toner, 1)));
        int racers = 6;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return keyed.post(ORDERS, body);
            }));
        }
        start.countDown();
        List<Http.Answer> results = new ArrayList<>();
        for (Future<Http.Answer> answer : answers) {
            results.add(answer.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).extracting(Http.Answer::status).as(results.toString()).containsOnly(201, 200);
        assertThat(results).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(results).extracting(answer -> answer.data().path("id").asLong()).containsOnly(
                results.get(0).data().path("id").asLong());
        assertThat(stockAfter(toner)).isEqualTo(39);
        assertThat(placedOrders(customer)).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherRequestOrMalformedIsRefused() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        Http keyed = customer.http().withHeader("Idempotency-Key", "reuse-" + unique());
        assertThat(keyed.post(ORDERS, order(List.of(line(toner, 1)))).status()).isEqualTo(201);

        assertRefused(() -> keyed.post(ORDERS, order(List.of(line(toner, 2)))), 422, "IDEMPOTENCY_KEY_REUSED", null);
        Http another = customer.http().withHeader("Idempotency-Key", "refused-" + unique());
        assertRefused(() -> another.post(ORDERS, order(List.of(line(toner, 500)))), 400, "VALIDATION_FAILED",
                "items[0].quantity");
        assertRefused(() -> another.post(ORDERS, order(List.of(line(toner, 99)))), 422, "INSUFFICIENT_STOCK", null);
        assertThat(another.post(ORDERS, order(List.of(line(toner, 1)))).status())
                .as("a refused request claimed nothing, so its key is free for the next one").isEqualTo(201);
        assertRefused(() -> customer.http().withHeader("Idempotency-Key", "k".repeat(101))
                .post(ORDERS, order(List.of(line(toner, 1)))), 400, "VALIDATION_FAILED", "Idempotency-Key");
        assertRefused(() -> customer.http().withHeader("Idempotency-Key", "two words")
                .post(ORDERS, order(List.of(line(toner, 1)))), 400, "VALIDATION_FAILED", "Idempotency-Key");
        assertThat(stockAfter(toner)).isEqualTo(38);
    }

    @Test
    void anUndecidedCheckoutIsAcceptedWithItsStatusUrlAndARetryLaterAnswersItsDecision() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        Http keyed = customer.http().withHeader("Idempotency-Key", "slow-" + unique());
        Map<String, Object> body = order(List.of(line(toner, 1)));
        EventProcessor checkouts = processing.eventProcessor(CHECKOUT_SAGA_PROCESSOR).orElseThrow();
        Http.Answer accepted;
        checkouts.shutDown();
        try {
            accepted = keyed.post(ORDERS, body);
        } finally {
            checkouts.start();
        }

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long id = accepted.data().path("id").asLong();
        assertThat(accepted.data().path("status").asText()).isEqualTo("pending");
        assertThat(accepted.data().path("status_url").asText()).isEqualTo(ORDERS + "/" + id);
        assertThat(accepted.header("Location")).contains(ORDERS + "/" + id);
        eventually(() -> assertThat(customer.http().get(ORDERS + "/" + id).data().path("status").asText())
                .isEqualTo("confirmed"));
        Http.Answer retry = keyed.post(ORDERS, body);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.data().path("id").asLong()).isEqualTo(id);
        assertThat(retry.data().path("status").asText()).isEqualTo("confirmed");
    }

    @Test
    void aCouponTakesItsDiscountAndOneUsedUpIsRefusedWithTheStockGivenBack() {
        long toner = createProduct(unique(), 40, "14.50");
        String code = "IT-HTTP-" + unique();
        long coupon = createCoupon(Map.of("code", code, "name", "Ten off", "type", "percentage", "value", 10,
                "usage_limit", 1));

        Http.Answer first = newCustomer().http().post(ORDERS, with(order(List.of(line(toner, 4))), "coupon_code",
                code.toLowerCase(java.util.Locale.ROOT)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(money(first.data(), "discount_amount")).isEqualByComparingTo("5.80");
        assertThat(money(first.data(), "total")).isEqualByComparingTo("52.20");
        assertThat(first.data().path("coupon_code").asText()).isEqualToIgnoringCase(code);

        Customer second = newCustomer();
        Http keyed = second.http().withHeader("Idempotency-Key", "late-" + unique());
        Map<String, Object> late = with(order(List.of(line(toner, 2))), "coupon_code", code);
        assertEnvelope(keyed.post(ORDERS, late), 422, "COUPON_USED_UP");
        assertEnvelope(keyed.post(ORDERS, late), 422, "COUPON_USED_UP");
        assertThat(placedOrders(second)).as("the retry answered the rejected order again").isEqualTo(1);
        assertThat(stockAfter(toner)).isEqualTo(36);
        assertThat(redemptions(coupon)).isEqualTo(1);
    }

    @Test
    void aCouponForACategoryCoversTheProductsOfItsWholeBranchAndNoOthers() {
        String suffix = unique();
        long face = admin().post("/api/v1/admin/categories", CatalogRequests.category("face-" + suffix)).data()
                .path("id").asLong();
        Map<String, Object> child = CatalogRequests.category("serums-" + suffix);
        child.put("parent_id", face);
        long serums = admin().post("/api/v1/admin/categories", child).data().path("id").asLong();
        Map<String, Object> serumBody = product(unique());
        serumBody.put("category_ids", List.of(serums));
        serumBody.put("category", "serum");
        Http.Answer created = admin().post("/api/v1/admin/products", serumBody);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long serum = created.data().path("id").asLong();
        long toner = createProduct(unique(), 40, "14.50");
        String branch = "IT-FACE-" + unique();
        createCoupon(Map.of("code", branch, "name", "Face care", "type", "percentage", "value", 10,
                "applicable_categories", List.of("toners-face-" + suffix)));
        String elsewhere = "IT-ELSE-" + unique();
        createCoupon(Map.of("code", elsewhere, "name", "Elsewhere", "type", "percentage", "value", 10,
                "applicable_categories", List.of("no-such-category-" + suffix)));

        Http.Answer discounted = newCustomer().http().post(ORDERS, with(order(List.of(line(serum, 2), line(toner, 2))),
                "coupon_code", branch));

        assertThat(discounted.status()).as(discounted.toString()).isEqualTo(201);
        assertThat(money(discounted.data(), "discount_amount")).as("10% of the serums only").isEqualByComparingTo("2.90");
        assertEnvelope(newCustomer().http().post(ORDERS, with(order(List.of(line(serum, 1))), "coupon_code", elsewhere)),
                422, "NOT_APPLICABLE");
    }

    @Test
    void aCouponTheCouponRefusesRejectsTheOrderWithNothingKept() {
        long toner = createProduct(unique(), 40, "14.50");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));
        Map<String, Map<String, Object>> coupons = Map.of(
                "COUPON_EXPIRED", Map.of("start_date", today.minusDays(10).toString(),
                        "end_date", today.minusDays(2).toString()),
                "COUPON_INACTIVE", Map.of("status", "inactive"),
                "MIN_ORDER_NOT_MET", Map.of("min_order_value", 100));
        coupons.forEach((reason, terms) -> {
            String code = "IT-REF-" + unique();
            Map<String, Object> body = new HashMap<>(terms);
            body.putAll(Map.of("code", code, "name", "Refused " + reason, "type", "fixed", "value", 5));
            long coupon = createCoupon(body);
            Customer customer = newCustomer();

            Http.Answer refused = customer.http().post(ORDERS, with(order(List.of(line(toner, 2))), "coupon_code", code));

            assertEnvelope(refused, 422, reason);
            assertThat(stockAfter(toner)).as(reason).isEqualTo(40);
            assertThat(redemptions(coupon)).as(reason).isZero();
        });
    }

    @Test
    void aFirstOrderCouponIsForTheFirstOrderAndARejectedFirstOrderDoesNotCount() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long scarce = createProduct(unique(), 1, "14.50");
        String usedUp = "IT-GONE-" + unique();
        createCoupon(Map.of("code", usedUp, "name", "Gone", "type", "fixed", "value", 1, "usage_limit", 1));
        assertThat(newCustomer().http().post(ORDERS, with(order(List.of(line(scarce, 1))), "coupon_code", usedUp))
                .status()).isEqualTo(201);
        assertEnvelope(customer.http().post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", usedUp)),
                422, "COUPON_USED_UP");
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM command.first_orders WHERE user_id = ?",
                Long.class, customer.id())).as("the rejected order gave its first-order claim back").isZero());

        String welcome = "IT-WELCOME-" + unique();
        createCoupon(Map.of("code", welcome, "name", "Welcome", "type", "fixed", "value", 3,
                "is_first_time_only", true));
        Http.Answer firstOrder = customer.http().post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", welcome));
        assertThat(firstOrder.status()).as(firstOrder.toString()).isEqualTo(201);
        assertThat(money(firstOrder.data(), "discount_amount")).isEqualByComparingTo("3.00");

        String another = "IT-WELCOME-" + unique();
        createCoupon(Map.of("code", another, "name", "Welcome again", "type", "fixed", "value", 3,
                "is_first_time_only", true));
        assertEnvelope(customer.http().post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", another)),
                422, "FIRST_ORDER_ONLY");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingStored() {
        Customer customer = newCustomer();
        long toner = createProduct(unique(), 40, "14.50");
        long archived = createProduct(unique(), 40, "14.50");
        assertThat(admin().post("/api/v1/admin/products/" + archived + "/archive", null).status()).isEqualTo(200);
        Map<String, Object> draftBody = product(unique());
        draftBody.put("status", "draft");
        long draft = admin().post("/api/v1/admin/products", draftBody).data().path("id").asLong();
        Http http = customer.http();

        for (Object quantity : List.of(0, -1, 100, 1000000)) {
            assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, quantity)))), 400, "VALIDATION_FAILED",
                    "items[0].quantity");
        }
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, 2147483648L)))), 400, "VALIDATION_FAILED",
                "items[0].quantity");
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, "two")))), 400, "VALIDATION_FAILED",
                "items[0].quantity");
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, null)))), 400, "VALIDATION_FAILED",
                "items[0].quantity");
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, 1.5)))), 400, "VALIDATION_FAILED",
                "items[0].quantity");
        assertRefused(() -> http.post(ORDERS, order(List.of(Map.of("product_id", "five", "quantity", 1)))), 400,
                "VALIDATION_FAILED", "items[0].product_id");
        assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "discount", 100)), 400,
                "VALIDATION_FAILED", "discount");
        assertRefused(() -> http.post(ORDERS, order(List.of(line(Integer.MAX_VALUE, 1)))), 404,
                "PRODUCT_NOT_FOUND", null);
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, 1), line(archived, 1)))), 422,
                "PRODUCT_UNAVAILABLE", null);
        assertRefused(() -> http.post(ORDERS, order(List.of(line(draft, 1)))), 422, "PRODUCT_UNAVAILABLE", null);
        assertRefused(() -> http.post(ORDERS, order(List.of(line(toner, 1), line(toner, 2)))), 400,
                "VALIDATION_FAILED", "items");
        assertRefused(() -> http.post(ORDERS, order(List.of())), 400, "VALIDATION_FAILED", "items");
        for (String field : List.of("first_name", "last_name", "address_line1", "city", "postal_code", "country",
                "phone")) {
            Map<String, Object> missing = address();
            missing.remove(field);
            assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "shipping_address", missing)),
                    400, "VALIDATION_FAILED", "shipping_address." + field);
            Map<String, Object> blank = address();
            blank.put(field, "  ");
            assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "billing_address", blank)),
                    400, "VALIDATION_FAILED", "billing_address." + field);
        }
        Map<String, Object> noAddress = order(List.of(line(toner, 1)));
        noAddress.remove("shipping_address");
        assertRefused(() -> http.post(ORDERS, noAddress), 400, "VALIDATION_FAILED", "shipping_address");
        assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", "X".repeat(51))),
                400, "VALIDATION_FAILED", "coupon_code");
        assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "notes", "n".repeat(1001))),
                400, "VALIDATION_FAILED", "notes");
        assertRefused(() -> http.post(ORDERS, with(order(List.of(line(toner, 1))), "coupon_code", "NO-SUCH-" + unique())),
                422, "COUPON_NOT_FOUND", null);
        assertRefused(() -> http.post(ORDERS, with(order(null), "items", Map.of("product_id", toner))), 400,
                "VALIDATION_FAILED", "items");
        assertRefused(() -> http.post(ORDERS, "{\"shipping_address\": "), 400, "MALFORMED_JSON", null);
        assertRefused(() -> http.post(ORDERS, "not json"), 400, "MALFORMED_JSON", null);
        assertThat(stockAfter(toner)).isEqualTo(40);
        assertThat(placedOrders(customer)).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderRouteWithItsIdempotencyKey() {
        JsonNode post = anonymous().get("/v3/api-docs").json().path("paths").path(ORDERS).path("post");

        assertThat(post.path("parameters").findValuesAsText("name")).containsExactly("Idempotency-Key");
        assertThat(post.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asText()).endsWith("PlaceOrderRequest");
        assertThat(post.path("description").asText()).contains("202", "422");
    }

    static Map<String, Object> order(List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("shipping_address", address());
        if (items != null) {
            body.put("items", items);
        }
        return body;
    }

    static Map<String, Object> address() {
        Map<String, Object> address = new HashMap<>();
        address.put("first_name", "Sokha");
        address.put("last_name", "Chan");
        address.put("address_line1", "12 Street 271");
        address.put("city", "Phnom Penh");
        address.put("postal_code", "12000");
        address.put("country", "KH");
        address.put("phone", "+85512345678");
        return address;
    }

    static Map<String, Object> line(long product, Object quantity) {
        Map<String, Object> line = new HashMap<>();
        line.put("product_id", product);
        line.put("quantity", quantity);
        return line;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    long createCoupon(Map<String, Object> body) {
        Http.Answer created = admin().post("/api/v1/admin/coupons", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().path("id").asLong();
    }

    /** The coupon's standing redemptions, from its own events. */
    long redemptions(long coupon) {
        List<Object> events = eventStore.readEvents("coupon-" + coupon).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        return events.stream().filter(CouponRedeemedEvent.class::isInstance).count()
                - events.stream().filter(CouponRedemptionReleasedEvent.class::isInstance).count();
    }

    /** Orders placed for the customer, counted in the event store, which has them before any read model. */
    long placedOrders(Customer customer) {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domain_event_entry WHERE payloadType = ?"
                + " AND convert_from(metaData, 'UTF8') IS NOT NULL AND convert_from(payload, 'UTF8') LIKE ?",
                Long.class, OrderPlacedEvent.class.getName(), "%\"userId\":" + customer.id() + ",%");
    }

    static BigDecimal money(JsonNode node, String field) {
        return node.path(field).decimalValue();
    }

    private final Map<Long, String> skus = new HashMap<>();

    private String skuOf(long product) {
        return skus.get(product);
    }

    long createProduct(String suffix, int stock, String price) {
        Map<String, Object> body = product(suffix);
        body.put("stock", stock);
        body.put("price", new BigDecimal(price));
        body.put("compare_at_price", new BigDecimal(price).add(BigDecimal.TEN));
        Http.Answer created = admin().post("/api/v1/admin/products", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.data().path("id").asLong();
        skus.put(id, suffix);
        return id;
    }

    /** The product's stock as its own events last set it. */
    int stockAfter(long product) {
        return eventStore.readEvents(ProductId.of(product).toString()).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(StockAdjustedEvent.class::isInstance).map(StockAdjustedEvent.class::cast)
                .reduce((first, second) -> second).map(StockAdjustedEvent::stockAfter)
                .orElseGet(() -> admin().get("/api/v1/admin/inventory/" + product).data().path("stock").asInt());
    }
}
