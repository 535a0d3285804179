package com.skincare.shop.query.cart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.skincare.shop.api.cart.CartCouponAppliedEvent;
import com.skincare.shop.api.cart.CartCouponView;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemView;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.api.cart.CartView;
import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.cart.FindCartQuery;
import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ProductUpdatedEvent;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CouponValidationView;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.cart.CartProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.query.CatalogCacheScopes;
import com.skincare.shop.web.cache.InProcessResponseCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CartQueryHandlerTest {

    private static final CartId SOPHEAS = CartId.of(UserId.of(7));
    private static final CartId DARAS = CartId.of(UserId.of(8));
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static ScratchDatabase database;
    private static ProductProjector products;
    private static CartProjector carts;
    private InProcessResponseCache cache;
    private CartCacheInvalidator invalidator;
    private CartQueryHandler handler;
    /** What "validate" answers for each code, and what it was asked. */
    private final Map<String, CouponValidationView> coupons = Map.of(
            "GLOW10", new CouponValidationView(true, "GLOW10", new BigDecimal("3.89"), false, "3.89 off", null),
            "SHIP", new CouponValidationView(true, "SHIP", new BigDecimal("2.50"), true, "2.50 off", null),
            "BIG", new CouponValidationView(false, "BIG", new BigDecimal("0.00"), false, "Needs 100.00",
                    "MIN_ORDER_NOT_MET"));
    private final List<String> checks = new ArrayList<>();

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("cart_query_test");
        products = new ProductProjector(database.jdbc());
        carts = new CartProjector(database.jdbc());
        UserProjector users = new UserProjector(database.jdbc());
        for (long id : new long[]{7, 8}) {
            users.on(new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                    new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER,
                    null), Instant.parse("2025-06-01T00:00:00Z"));
        }
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void threeProducts() {
        database.jdbc().getJdbcTemplate().execute("DELETE FROM shopping_cart; DELETE FROM products");
        product(1, "Vitamin C Serum", "14.50", 40, true, false, ProductStatus.ACTIVE);
        product(2, "Rice Toner", "9.90", 2, true, false, ProductStatus.ACTIVE);
        product(3, "Night Cream", "30.00", 0, false, false, ProductStatus.ACTIVE);
        cache = new InProcessResponseCache();
        invalidator = new CartCacheInvalidator(cache);
        database.jdbc().getJdbcTemplate().execute("DELETE FROM cart_coupons");
        checks.clear();
        handler = new CartQueryHandler(database.jdbc(), new CartCache(cache, JSON),
                new CheckoutPricing(new BigDecimal("2.50"), new BigDecimal("50.00"), BigDecimal.ZERO),
                (userId, code, today) -> {
                    checks.add(code + " for " + userId + " on " + today);
                    return coupons.get(code);
                }, Clock.fixed(Instant.parse("2025-06-15T18:00:00Z"), ZoneOffset.UTC));
    }

    private static ProductDetails details(long id, String name, String price, boolean tracked, boolean backorders) {
        return new ProductDetails(name, name + " (kh)", "product-" + id, null, null, null, "SKU-" + id, null,
                new BigDecimal(price), null, null, tracked, backorders, null, null, SkinType.ALL, "serums",
                List.of(), List.of(), null, "https://img.example/" + id + ".jpg", null, null, false, List.of());
    }

    private static void product(long id, String name, String price, int stock, boolean tracked, boolean backorders,
                                ProductStatus status) {
        products.on(new ProductCreatedEvent(ProductId.of(id), details(id, name, price, tracked, backorders), stock,
                status), Instant.parse("2025-06-01T00:00:00Z"));
    }

    /** The projector writes, and the invalidator follows, as the customers processor does (no unit of work). */
    private void deliver(Object event, String at) {
        if (event instanceof CartItemAddedEvent added) {
            carts.on(added, Instant.parse(at));
            invalidator.on(added);
        } else if (event instanceof CartQuantityChangedEvent changed) {
            carts.on(changed, Instant.parse(at));
            invalidator.on(changed);
        }
    }

    private CartView cartOf(CartId cart) {
        return handler.handle(new FindCartQuery(cart.value()));
    }

    @Test
    void theCouponsDiscountComesOffTheTotalWhileItApplies() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(2), 1, 1), "2025-06-02T10:00:00Z");
        deliver(new CartItemAddedEvent(SOPHEAS, 12, ProductId.of(1), 2, 2), "2025-06-02T10:01:00Z");
        carts.on(new CartCouponAppliedEvent(SOPHEAS, 1, "GLOW10"), Instant.parse("2025-06-02T10:02:00Z"));

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.coupon()).isEqualTo(new CartCouponView("GLOW10", true, new BigDecimal("3.89"), false,
                "3.89 off", null));
        assertThat(cart.subtotal()).isEqualByComparingTo("38.90");
        assertThat(cart.discount()).isEqualByComparingTo("3.89");
        assertThat(cart.total()).as("38.90 + 2.50 shipping - 3.89").isEqualByComparingTo("37.51");
        assertThat(checks).as("checked on Phnom Penh's day").containsExactly("GLOW10 for 7 on 2025-06-16");
        assertThat(cartOf(DARAS).coupon()).isNull();
    }

    @Test
    void aCouponThatStoppedApplyingShowsWhyAndTakesNothingOff() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(2), 1, 1), "2025-06-02T10:00:00Z");
        carts.on(new CartCouponAppliedEvent(SOPHEAS, 9, "BIG"), Instant.parse("2025-06-02T10:02:00Z"));

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.coupon().valid()).isFalse();
        assertThat(cart.coupon().reasonCode()).isEqualTo("MIN_ORDER_NOT_MET");
        assertThat(cart.discount()).isEqualByComparingTo("0");
        assertThat(cart.total()).isEqualByComparingTo("12.40");
    }

    @Test
    void aFreeShippingCouponTakesTheShippingOff() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(2), 1, 1), "2025-06-02T10:00:00Z");
        carts.on(new CartCouponAppliedEvent(SOPHEAS, 4, "SHIP"), Instant.parse("2025-06-02T10:02:00Z"));

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.shipping()).isEqualByComparingTo("2.50");
        assertThat(cart.discount()).isEqualByComparingTo("2.50");
        assertThat(cart.total()).isEqualByComparingTo("9.90");
    }

    @Test
    void anEmptyCartHasNoLinesAndCostsNothing() {
        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.items()).isEmpty();
        assertThat(cart.itemCount()).isZero();
        assertThat(cart.subtotal()).isEqualByComparingTo("0");
        assertThat(cart.shipping()).isEqualByComparingTo("0");
        assertThat(cart.total()).isEqualByComparingTo("0");
    }

    @Test
    void linesComeOldestFirstWithTheirProductsAndTheTotals() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(2), 1, 1), "2025-06-02T10:00:00Z");
        deliver(new CartItemAddedEvent(SOPHEAS, 12, ProductId.of(1), 2, 2), "2025-06-02T10:01:00Z");
        deliver(new CartItemAddedEvent(DARAS, 13, ProductId.of(3), 5, 5), "2025-06-02T10:02:00Z");

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.items()).extracting(CartItemView::id).containsExactly(11L, 12L);
        CartItemView serum = cart.items().get(1);
        assertThat(serum).isEqualTo(new CartItemView(12, 1, 2, Instant.parse("2025-06-02T10:01:00Z"),
                Instant.parse("2025-06-02T10:01:00Z"), new CartItemView.Product(1, "Vitamin C Serum",
                "Vitamin C Serum (kh)", "product-1", new BigDecimal("14.50"), "https://img.example/1.jpg", 40, true,
                false), new BigDecimal("29.00"), true, true));
        assertThat(cart.itemCount()).isEqualTo(3);
        assertThat(cart.subtotal()).isEqualByComparingTo("38.90");
        assertThat(cart.shipping()).isEqualByComparingTo("2.50");
        assertThat(cart.tax()).isEqualByComparingTo("0");
        assertThat(cart.total()).isEqualByComparingTo("41.40");
        assertThat(cartOf(DARAS).shipping()).as("150.00 ships free").isEqualByComparingTo("0");
    }

    @Test
    void aProductNoLongerOnSaleStaysFlaggedAndOutOfTheTotals() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(1), 1, 1), "2025-06-02T10:00:00Z");
        deliver(new CartItemAddedEvent(SOPHEAS, 12, ProductId.of(2), 2, 2), "2025-06-02T10:01:00Z");
        products.on(new ProductArchivedEvent(ProductId.of(2)), Instant.parse("2025-06-03T00:00:00Z"));
        cache.invalidate(List.of(CatalogCacheScopes.PRODUCTS));

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.items()).extracting(CartItemView::available).containsExactly(true, false);
        assertThat(cart.items().get(1).lineTotal()).isEqualByComparingTo("0");
        assertThat(cart.itemCount()).isEqualTo(1);
        assertThat(cart.total()).isEqualByComparingTo("17.00");
    }

    @Test
    void aQuantityTheStockNoLongerCoversIsFlaggedButStillPriced() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(2), 2, 2), "2025-06-02T10:00:00Z");
        deliver(new CartItemAddedEvent(SOPHEAS, 12, ProductId.of(3), 9, 9), "2025-06-02T10:01:00Z");
        deliver(new CartQuantityChangedEvent(SOPHEAS, 11, ProductId.of(2), 3), "2025-06-02T10:02:00Z");

        CartView cart = cartOf(SOPHEAS);

        assertThat(cart.items()).extracting(CartItemView::inStock).as("2 toners in stock; creams uncounted")
                .containsExactly(false, true);
        assertThat(cart.items().get(0).updatedAt()).isEqualTo(Instant.parse("2025-06-02T10:02:00Z"));
        assertThat(cart.subtotal()).isEqualByComparingTo("299.70");
    }

    @Test
    void theSecondReadComesFromTheCacheUntilTheCartOrAProductChanges() {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(1), 1, 1), "2025-06-02T10:00:00Z");
        assertThat(cartOf(SOPHEAS).subtotal()).isEqualByComparingTo("14.50");
        database.jdbc().getJdbcTemplate().update("UPDATE shopping_cart SET quantity = 5 WHERE id = 11");
        assertThat(cartOf(SOPHEAS).subtotal()).as("from the cache").isEqualByComparingTo("14.50");

        deliver(new CartQuantityChangedEvent(SOPHEAS, 11, ProductId.of(1), 2), "2025-06-02T10:01:00Z");
        assertThat(cartOf(SOPHEAS).subtotal()).as("the cart changed").isEqualByComparingTo("29.00");

        products.on(new ProductUpdatedEvent(ProductId.of(1), details(1, "Vitamin C Serum", "12.00", true, false)),
                Instant.parse("2025-06-03T00:00:00Z"));
        cache.invalidate(List.of(CatalogCacheScopes.PRODUCTS, CatalogCacheScopes.product(1)));
        assertThat(cartOf(SOPHEAS).subtotal()).as("the price changed").isEqualByComparingTo("24.00");
    }

    @Test
    void theCachedEntryHasTheSeedsShape() throws Exception {
        deliver(new CartItemAddedEvent(SOPHEAS, 11, ProductId.of(1), 2, 2), "2025-06-02T10:00:00Z");
        cartOf(SOPHEAS);

        byte[] entry = cache.lookup(CartCache.key(7), CartCache.scopes(7)).value();

        var line = JSON.readTree(entry).get(0);
        assertThat(line.path("product_id").asLong()).isEqualTo(1);
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("added_at").asText()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(line.path("product_data").path("name").asText()).isEqualTo("Vitamin C Serum");
        assertThat(line.path("product_data").path("price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(line.path("product_data").path("image_url").asText()).isEqualTo("https://img.example/1.jpg");
    }
}
