package com.skincare.shop.launcher;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.skincare.shop.launcher.CatalogRequests.category;
import static com.skincare.shop.launcher.CatalogRequests.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every admin route of both sides with no token, a customer's, a moderator's and the admin's: 401, 403, 403 and
 * the route's own success; an analytics consumer's token is refused (403) on every one but the event feed's.
 * Review moderation is the moderator's one way in: 401, 403, then success for the moderator and the admin alike.
 * Then every route of a signed-in user's own things without a token and with one. The refused calls store nothing.
 */
class AuthorizationMatrixIT extends ShopIT {

    /** A route, its body, and the status the admin gets when carrying it out in the order listed. */
    private record Route(String method, String path, Supplier<Object> body, int adminStatus) {

        static Route of(String method, String path, int adminStatus) {
            return new Route(method, path, () -> null, adminStatus);
        }

        static Route of(String method, String path, Supplier<Object> body, int adminStatus) {
            return new Route(method, path, body, adminStatus);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyAdminRouteIsForAdminsOnly() {
        Customer customer = newCustomer();
        Customer moderator = newModerator();
        Customer analytics = newAnalyticsConsumer();
        Customer target = newCustomer();
        long productId = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        long imageId = admin().post("/api/v1/admin/products/" + productId + "/images",
                Map.of("image_url", "https://img.example.com/a.jpg")).data().path("id").asLong();
        long categoryId = admin().post("/api/v1/admin/categories", category(unique())).data().path("id").asLong();
        long addressId = target.http().post("/api/v1/user/addresses", address()).data().path("id").asLong();
        long couponId = admin().post("/api/v1/admin/coupons", coupon(unique())).data().path("id").asLong();
        eventually(() -> {
            assertThat(admin().get("/api/v1/admin/coupons/" + couponId).status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/admin/products/" + productId).status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/admin/customers/" + target.id()).status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/admin/categories/" + categoryId).status()).isEqualTo(200);
        });
        String product = "/api/v1/admin/products/" + productId;
        String stock = "/api/v1/admin/inventory/" + productId;
        String user = "/api/v1/admin/customers/" + target.id();
        String addresses = "/api/v1/admin/users/" + target.id() + "/addresses";
        String coupon = "/api/v1/admin/coupons/" + couponId;
        String noOrder = "/api/v1/admin/orders/" + Integer.MAX_VALUE;
        List<Route> routes = List.of(
                Route.of("GET", "/api/v1/admin/coupons", 200),
                Route.of("GET", "/api/v1/admin/coupons/stats", 200),
                Route.of("GET", coupon, 200),
                Route.of("GET", coupon + "/usage", 200),
                Route.of("POST", "/api/v1/admin/coupons", () -> coupon(unique()), 201),
                Route.of("PUT", coupon, () -> coupon(unique()), 200),
                Route.of("POST", "/api/v1/admin/coupons/bulk-update",
                        () -> Map.of("coupon_ids", List.of(couponId), "status", "inactive"), 200),
                Route.of("DELETE", coupon, 200),
                Route.of("GET", "/api/v1/admin/products", 200),
                Route.of("GET", product, 200),
                Route.of("GET", "/api/v1/admin/categories", 200),
                Route.of("GET", "/api/v1/admin/categories/" + categoryId, 200),
                Route.of("GET", "/api/v1/admin/projections", 200),
                Route.of("GET", "/api/v1/admin/projections/customers", 200),
                Route.of("GET", "/api/v1/admin/projections/customers/dead-letters", 200),
                Route.of("GET", "/api/v1/admin/orders", 200),
                Route.of("GET", "/api/v1/admin/orders?status=confirmed&sort=total", 200),
                // No order is placed here: past the guard, the admin learns this one does not exist.
                Route.of("GET", "/api/v1/admin/orders/" + Integer.MAX_VALUE, 404),
                Route.of("GET", user + "/orders", 200),
                Route.of("PUT", noOrder + "/status", () -> Map.of("status", "processing"), 404),
                Route.of("PUT", noOrder + "/payment-status", () -> Map.of("payment_status", "paid"), 404),
                Route.of("PUT", noOrder + "/fulfillment-status", () -> Map.of("fulfillment_status", "partial"), 404),
                Route.of("POST", noOrder + "/ship", () -> Map.of("tracking_number", "KH1"), 404),
                Route.of("POST", noOrder + "/refund", () -> Map.of("amount", 1), 404),
                Route.of("POST", "/api/v1/admin/orders/bulk-update",
                        () -> Map.of("order_ids", List.of(Integer.MAX_VALUE), "status", "processing"), 200),
                Route.of("GET", "/api/v1/admin/customers", 200),
                Route.of("GET", user, 200),
                Route.of("GET", addresses, 200),
                Route.of("GET", user + "/reviews", 200),
                Route.of("GET", "/api/v1/admin/me", 200),
                Route.of("GET", "/api/v1/admin/dev/mailbox", 200),
                Route.of("GET", "/api/v1/admin/dashboard/stats", 200),
                Route.of("GET", "/api/v1/admin/dashboard/recent-orders", 200),
                Route.of("GET", "/api/v1/admin/dashboard/top-products", 200),
                Route.of("GET", "/api/v1/admin/analytics/sales", 200),
                Route.of("GET", "/api/v1/admin/analytics/revenue", 200),
                Route.of("GET", "/api/v1/admin/analytics/customers", 200),
                Route.of("GET", "/api/v1/admin/analytics/products", 200),
                Route.of("GET", "/api/v1/admin/analytics/popular-products", 200),
                Route.of("GET", "/api/v1/admin/inventory", 200),
                Route.of("GET", "/api/v1/admin/inventory/low-stock", 200),
                Route.of("GET", stock, 200),
                Route.of("GET", stock + "/history", 200),
                Route.of("PUT", stock, () -> Map.of("stock", 12), 200),
                Route.of("POST", stock + "/restock", () -> Map.of("quantity", 3), 200),
                Route.of("POST", "/api/v1/admin/products", () -> product(unique()), 201),
                Route.of("PUT", product, () -> product(unique()), 200),
                Route.of("PUT", product + "/images/" + imageId + "/primary", 200),
                Route.of("PUT", product + "/images/order", () -> Map.of("image_ids", List.of(imageId)), 200),
                Route.of("POST", product + "/images", () -> Map.of("image_url", "https://img.example.com/b.jpg"), 201),
                Route.of("DELETE", product + "/images/" + imageId, 200),
                Route.of("POST", "/api/v1/admin/products/bulk-update",
                        () -> Map.of("product_ids", List.of(productId), "is_featured", true), 200),
                Route.of("POST", product + "/archive", 200),
                Route.of("POST", product + "/publish", 200),
                Route.of("DELETE", product, 200),
                Route.of("POST", "/api/v1/admin/products/bulk-delete",
                        () -> Map.of("product_ids", List.of(productId)), 200),
                Route.of("POST", "/api/v1/admin/categories/reorder",
                        () -> Map.of("category_ids", List.of(categoryId)), 200),
                Route.of("POST", "/api/v1/admin/categories", () -> category(unique()), 201),
                Route.of("PUT", "/api/v1/admin/categories/" + categoryId, () -> category(unique()), 200),
                Route.of("DELETE", "/api/v1/admin/categories/" + categoryId, 200),
                Route.of("PUT", user, () -> Map.of("first_name", "Dara", "last_name", "Kim"), 200),
                Route.of("GET", "/api/v1/admin/events", 200),
                Route.of("GET", "/api/v1/admin/events?after=1&limit=5", 200),
                Route.of("PUT", user + "/analytics-access", 200),
                Route.of("DELETE", user + "/analytics-access", 200),
                Route.of("POST", addresses, AuthorizationMatrixIT::address, 201),
                Route.of("PUT", addresses + "/" + addressId, AuthorizationMatrixIT::address, 200),
                Route.of("DELETE", addresses + "/" + addressId, 200),
                Route.of("POST", user + "/suspend", () -> Map.of("reason", "matrix"), 200),
                Route.of("POST", user + "/activate", 200),
                Route.of("DELETE", user, 200),
                Route.of("POST", "/api/v1/admin/projections/customers/dead-letters/retry", 200),
                Route.of("POST", "/api/v1/admin/projections/customers/replay", 202),
                Route.of("POST", "/api/v1/admin/logout", 200));

        long before = storedEvents();
        assertSoftly(softly -> {
            for (Route route : routes) {
                softly.assertThat(call(anonymous(), route).status()).as("no token: " + route).isEqualTo(401);
                softly.assertThat(call(customer.http(), route).status()).as("customer: " + route).isEqualTo(403);
                softly.assertThat(call(moderator.http(), route).status()).as("moderator: " + route).isEqualTo(403);
                if (!route.path().startsWith("/api/v1/admin/events")) {
                    softly.assertThat(call(analytics.http(), route).status()).as("analytics: " + route).isEqualTo(403);
                }
            }
        });
        assertThat(storedEvents()).as("refused calls store nothing").isEqualTo(before);

        Http admin = admin();
        assertSoftly(softly -> {
            for (Route route : routes) {
                Http.Answer answer = call(admin, route);
                softly.assertThat(answer.status()).as("admin: " + route + " " + answer).isEqualTo(route.adminStatus());
            }
        });
        assertThat(call(admin, Route.of("GET", "/api/v1/admin/me", 200)).status())
                .as("the admin signed out last").isEqualTo(401);
    }

    /** Placing an order is a customer's: no token 401, staff 403, storing nothing; the customer's order is placed. */
    @Test
    void placingAnOrderIsForCustomers() {
        Customer customer = newCustomer();
        Customer moderator = newModerator();
        long productId = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        Map<String, Object> order = Map.of("items", List.of(Map.of("product_id", productId, "quantity", 1)),
                "shipping_address", Map.of("first_name", "Sokha", "last_name", "Chan", "address_line1", "12 Street 271",
                        "city", "Phnom Penh", "postal_code", "12000", "country", "KH", "phone", "+85512345678"));

        long before = storedEvents();
        assertThat(anonymous().post("/api/v1/orders", order).status()).as("no token").isEqualTo(401);
        assertThat(moderator.http().post("/api/v1/orders", order).status()).as("moderator").isEqualTo(403);
        assertThat(admin().post("/api/v1/orders", order).status()).as("admin").isEqualTo(403);
        assertThat(storedEvents()).as("refused calls store nothing").isEqualTo(before);
        Http.Answer placed = customer.http().post("/api/v1/orders", order);
        assertThat(placed.status()).as("customer: " + placed).isEqualTo(201);
    }

    /** Every moderation route: 401 without a token, 403 for a customer, its success for a moderator and an admin. */
    @Test
    void reviewModerationIsForModeratorsAndAdmins() {
        Customer customer = newCustomer();
        Customer moderator = newModerator();
        long productId = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        Customer[] authors = {newCustomer(), newCustomer()};
        long[] reviews = new long[2];
        for (int i = 0; i < 2; i++) {
            Http.Answer submitted = authors[i].http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 4));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            reviews[i] = submitted.data().path("id").asLong();
        }
        eventually(() -> assertThat(admin().get("/api/v1/admin/reviews/" + reviews[1]).status()).isEqualTo(200));

        long before = storedEvents();
        for (long review : reviews) {
            for (Route route : moderationRoutes(review)) {
                assertThat(call(anonymous(), route).status()).as("no token: " + route).isEqualTo(401);
                assertThat(call(customer.http(), route).status()).as("customer: " + route).isEqualTo(403);
            }
        }
        assertThat(storedEvents()).as("refused calls store nothing").isEqualTo(before);

        Http[] moderators = {moderator.http(), admin()};
        for (int i = 0; i < 2; i++) {
            for (Route route : moderationRoutes(reviews[i])) {
                Http.Answer answer = call(moderators[i], route);
                assertThat(answer.status()).as((i == 0 ? "moderator: " : "admin: ") + route + " " + answer)
                        .isEqualTo(route.adminStatus());
            }
        }
    }

    private static List<Route> moderationRoutes(long review) {
        String path = "/api/v1/admin/reviews/" + review;
        return List.of(
                Route.of("GET", "/api/v1/admin/reviews", 200),
                Route.of("GET", path, 200),
                Route.of("PUT", path + "/status", () -> Map.of("status", "approved"), 200),
                Route.of("POST", "/api/v1/admin/reviews/bulk-reject", () -> Map.of("review_ids", List.of(review)), 200),
                Route.of("POST", "/api/v1/admin/reviews/bulk-approve", () -> Map.of("review_ids", List.of(review)), 200),
                Route.of("POST", "/api/v1/admin/reviews/bulk-update",
                        () -> Map.of("review_ids", List.of(review), "status", "rejected"), 200),
                Route.of("DELETE", path, 200));
    }

    @Test
    void aSignedInUsersOwnRoutesNeedTheirToken() {
        Customer customer = newCustomer();
        long productId = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        long otherReview = newCustomer().http().post("/api/v1/reviews", Map.of("product_id", productId, "rating", 5))
                .data().path("id").asLong();
        admin().put("/api/v1/admin/reviews/" + otherReview + "/status", Map.of("status", "approved"));
        long secondProduct = admin().post("/api/v1/admin/products", product(unique())).data().path("id").asLong();
        long ownReview = customer.http().post("/api/v1/reviews", Map.of("product_id", secondProduct, "rating", 2))
                .data().path("id").asLong();
        long addressId = customer.http().post("/api/v1/user/addresses", address()).data().path("id").asLong();
        String couponSuffix = unique();
        assertThat(admin().post("/api/v1/admin/coupons", coupon(couponSuffix)).status()).isEqualTo(201);
        List<Route> routes = new ArrayList<>(List.of(
                Route.of("GET", "/api/v1/cart", 200),
                Route.of("POST", "/api/v1/cart/add", () -> Map.of("product_id", productId, "quantity", 2), 200),
                Route.of("PUT", "/api/v1/cart/update/" + productId, () -> Map.of("quantity", 1), 200),
                Route.of("POST", "/api/v1/cart/apply-coupon", () -> Map.of("code", "MATRIX-" + couponSuffix), 200),
                Route.of("DELETE", "/api/v1/cart/remove-coupon", 200),
                Route.of("DELETE", "/api/v1/cart/remove/" + productId, 200),
                Route.of("DELETE", "/api/v1/cart/clear", 200),
                Route.of("GET", "/api/v1/auth/me", 200),
                Route.of("PUT", "/api/v1/auth/profile", () -> Map.of("first_name", "Sophea", "last_name", "Chan"), 200),
                Route.of("GET", "/api/v1/user/addresses", 200),
                Route.of("POST", "/api/v1/user/addresses", AuthorizationMatrixIT::address, 201),
                Route.of("PUT", "/api/v1/user/addresses/" + addressId, AuthorizationMatrixIT::address, 200),
                Route.of("POST", "/api/v1/user/addresses/" + addressId + "/default", 200),
                Route.of("DELETE", "/api/v1/user/addresses/" + addressId, 200),
                Route.of("GET", "/api/v1/user/reviews", 200),
                Route.of("GET", "/api/v1/coupons/available", 200),
                Route.of("POST", "/api/v1/coupons/validate", () -> Map.of("code", "NO-SUCH-CODE"), 200),
                Route.of("POST", "/api/v1/reviews", () -> Map.of("product_id", productId, "rating", 4), 201),
                Route.of("POST", "/api/v1/reviews/" + otherReview + "/helpful", 200),
                Route.of("PUT", "/api/v1/reviews/" + ownReview, () -> Map.of("rating", 3), 200),
                Route.of("DELETE", "/api/v1/reviews/" + ownReview, 200),
                Route.of("POST", "/api/v1/auth/change-password", () -> Map.of("current_password", CUSTOMER_PASSWORD,
                        "new_password", "Changed-in-matrix-9"), 200)));
        eventually(() -> assertThat(customer.http().get("/api/v1/auth/me").status()).isEqualTo(200));

        long before = storedEvents();
        for (Route route : routes) {
            assertThat(call(anonymous(), route).status()).as("no token: " + route).isEqualTo(401);
        }
        assertThat(storedEvents()).isEqualTo(before);
        for (Route route : routes) {
            Http.Answer answer = call(customer.http(), route);
            assertThat(answer.status()).as(route + " " + answer).isEqualTo(route.adminStatus());
        }
        Customer again = signIn(customer.email(), "Changed-in-matrix-9");
        assertThat(again.http().post("/api/v1/auth/logout", null).status()).isEqualTo(200);
        assertThat(anonymous().post("/api/v1/auth/logout", null).status()).isEqualTo(401);
    }

    private static Http.Answer call(Http client, Route route) {
        return client.send(route.method(), route.path(), route.body().get());
    }

    private static Map<String, Object> coupon(String suffix) {
        return Map.of("code", "MATRIX-" + suffix, "name", "Matrix " + suffix, "type", "fixed", "value", 2);
    }

    private static Map<String, Object> address() {
        return Map.of("address_line1", "No. 9, Street 310", "city", "Phnom Penh", "postal_code", "12301",
                "country", "Cambodia");
    }
}
