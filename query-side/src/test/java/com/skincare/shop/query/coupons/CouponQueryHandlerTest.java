package com.skincare.shop.query.coupons;

import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.AvailableCouponView;
import com.skincare.shop.api.coupons.CouponCreatedEvent;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponStatsView;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponType;
import com.skincare.shop.api.coupons.CouponUsageView;
import com.skincare.shop.api.coupons.CouponValidationView;
import com.skincare.shop.api.coupons.CouponView;
import com.skincare.shop.api.coupons.FindAvailableCouponsQuery;
import com.skincare.shop.api.coupons.FindCouponQuery;
import com.skincare.shop.api.coupons.FindCouponStatsQuery;
import com.skincare.shop.api.coupons.FindCouponUsageQuery;
import com.skincare.shop.api.coupons.FindCouponsQuery;
import com.skincare.shop.api.coupons.ValidateCouponQuery;
import com.skincare.shop.api.identity.EmailToken;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.coupons.CouponStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coupon queries on rows the real projectors wrote: products and categories by the catalog's, customers by the
 * customers', coupons and their uses by the coupons'. The cart rows are written directly, as the cart is built
 * elsewhere; users' total_orders too, which the orders will keep.
 */
class CouponQueryHandlerTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-15");
    private static final BigDecimal SHIPPING = new BigDecimal("3.50");
    /** The shop's pricing: 3.50 shipping below 100.00. */
    private static final CheckoutPricing PRICING = new CheckoutPricing(SHIPPING, new BigDecimal("100.00"),
            BigDecimal.ZERO);
    private static final long SOPHEA = 7;
    private static final long DARA = 8;
    private static final long VANNA = 9;

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private static CouponQueryHandler handler;

    @BeforeAll
    static void projectTheShop() {
        database = ScratchDatabase.fresh("query_side_coupon_test");
        sql = database.jdbc().getJdbcTemplate();
        handler = new CouponQueryHandler(database.jdbc(), PRICING);
        CategoryProjector categories = new CategoryProjector(database.jdbc());
        categories.on(new CategoryCreatedEvent(CategoryId.of(1), new CategoryDetails("Face care", "face-care", null,
                null, null, true, 0)), Instant.parse("2025-05-01T00:00:00Z"));
        categories.on(new CategoryCreatedEvent(CategoryId.of(2), new CategoryDetails("Vitamin C", "vitamin-c", null,
                CategoryId.of(1), null, true, 0)), Instant.parse("2025-05-01T00:00:01Z"));
        ProductProjector products = new ProductProjector(database.jdbc());
        products.on(product(5, "20.00", "serums", ProductStatus.ACTIVE, CategoryId.of(2)), Instant.parse("2025-05-02T00:00:00Z"));
        products.on(product(6, "12.50", "toners", ProductStatus.ACTIVE), Instant.parse("2025-05-02T00:00:01Z"));
        products.on(product(7, "99.00", "serums", ProductStatus.DRAFT), Instant.parse("2025-05-02T00:00:02Z"));
        new CustomerStream(database.jdbc())
                .deliver(registered(SOPHEA), "2025-06-01T00:00:00Z")
                .deliver(registered(DARA), "2025-06-01T00:00:01Z")
                .deliver(registered(VANNA), "2025-06-01T00:00:02Z");
        sql.update("UPDATE users SET total_orders = 2 WHERE id = ?", DARA);
        new CouponStream(database.jdbc())
                .deliver(coupon(1, "GLOW10", "Glow ten", CouponStatus.ACTIVE, percentage("10.00", 10, 1)),
                        "2025-06-01T00:00:00Z")
                .deliver(coupon(2, "FACE20", "Face care", CouponStatus.ACTIVE, new CouponTerms(CouponType.PERCENTAGE,
                        new BigDecimal("20.00"), null, null, 2, null, List.of(), List.of("face-care"), false, null,
                        null)), "2025-06-02T00:00:00Z")
                .deliver(coupon(3, "WELCOME", "Welcome", CouponStatus.ACTIVE, new CouponTerms(CouponType.FIXED,
                        new BigDecimal("5.00"), null, null, 1, null, List.of(), List.of(), true, null, null)),
                        "2025-06-03T00:00:00Z")
                .deliver(coupon(4, "SHIP", "Free shipping", CouponStatus.ACTIVE, new CouponTerms(CouponType.FREE_SHIPPING,
                        BigDecimal.ZERO, null, null, 1, new BigDecimal("60.00"), List.of(), List.of(), false, null,
                        null)), "2025-06-04T00:00:00Z")
                .deliver(coupon(5, "OLD", "Old summer", CouponStatus.ACTIVE, dated("2025-05-01", "2025-06-14")),
                        "2025-06-05T00:00:00Z")
                .deliver(coupon(6, "SOON", "July", CouponStatus.ACTIVE, dated("2025-06-16", null)),
                        "2025-06-06T00:00:00Z")
                .deliver(coupon(7, "PAUSED", "Paused glow", CouponStatus.INACTIVE, percentage("5.00", null, 1)),
                        "2025-06-07T00:00:00Z")
                .deliver(coupon(8, "LAST", "Last one", CouponStatus.ACTIVE, percentage("5.00", 1, 1)),
                        "2025-06-08T00:00:00Z")
                .deliver(redeemed(1, 101, SOPHEA, 9001, "2.00", 1), "2025-06-10T00:00:00Z")
                .deliver(redeemed(2, 102, SOPHEA, 9002, "4.00", 1), "2025-06-10T01:00:00Z")
                .deliver(redeemed(2, 103, DARA, 9003, "6.00", 2), "2025-06-10T02:00:00Z")
                .deliver(redeemed(8, 104, DARA, 9004, "1.00", 1), "2025-06-10T03:00:00Z");
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyCarts() {
        sql.update("DELETE FROM shopping_cart");
    }

    private static ProductCreatedEvent product(long id, String price, String category, ProductStatus status,
                                               CategoryId... links) {
        return new ProductCreatedEvent(ProductId.of(id), new ProductDetails("Product " + id, null, "product-" + id,
                null, null, null, "SKU-" + id, null, new BigDecimal(price), null, null, true, false, null, null,
                SkinType.ALL, category, List.of(), List.of(), null, null, null, null, false, List.of(links)), 10,
                status);
    }

    private static UserRegisteredEvent registered(long id) {
        return new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                new UserProfile("A", "B", null, null, null, SkinType.DRY, Language.EN), UserRole.CUSTOMER,
                new EmailToken("a".repeat(64), "sealed", Instant.parse("2025-07-01T00:00:00Z")));
    }

    private static CouponTerms percentage(String value, Integer limit, int perUser) {
        return new CouponTerms(CouponType.PERCENTAGE, new BigDecimal(value), null, limit, perUser, null, List.of(),
                List.of(), false, null, null);
    }

    private static CouponTerms dated(String start, String end) {
        return new CouponTerms(CouponType.FIXED, new BigDecimal("1.00"), null, null, 1, null, List.of(), List.of(),
                false, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private static CouponCreatedEvent coupon(long id, String code, String name, CouponStatus status,
                                             CouponTerms terms) {
        return new CouponCreatedEvent(CouponId.of(id), code, name, null, terms, status);
    }

    private static CouponRedeemedEvent redeemed(long coupon, long usage, long user, long order, String amount,
                                                int usedCount) {
        return new CouponRedeemedEvent(CouponId.of(coupon), usage, UserId.of(user), order, new BigDecimal(amount),
                false, List.of(), usedCount);
    }

    private static void inCart(long user, long product, int quantity) {
        sql.update("INSERT INTO shopping_cart (user_id, product_id, quantity) VALUES (?, ?, ?)", user, product,
                quantity);
    }

    private static CouponValidationView validate(long user, String code) {
        return handler.handle(new ValidateCouponQuery(user, code, TODAY));
    }

    private static List<String> codes(ResultPage<CouponView> page) {
        return page.items().stream().map(CouponView::code).toList();
    }

    @Test
    void theAdminListIsNewestFirstAndSearchesCodeAndName() {
        assertThat(codes(handler.coupons(new FindCouponsQuery(null, null, new PageRequest(1, 3)))))
                .containsExactly("LAST", "PAUSED", "SOON");
        assertThat(handler.coupons(new FindCouponsQuery(null, null, new PageRequest(1, 3))).totalItems()).isEqualTo(8);
        assertThat(codes(handler.coupons(new FindCouponsQuery("glow", null, new PageRequest(1, 20)))))
                .containsExactly("PAUSED", "GLOW10");
        assertThat(codes(handler.coupons(new FindCouponsQuery("glow", CouponStatus.ACTIVE, new PageRequest(1, 20)))))
                .containsExactly("GLOW10");
        assertThat(codes(handler.coupons(new FindCouponsQuery("100%", null, new PageRequest(1, 20))))).isEmpty();
    }

    @Test
    void oneCouponWithEveryColumn() {
        CouponView face = handler.handle(new FindCouponQuery(2)).orElseThrow();

        assertThat(face.type()).isEqualTo("percentage");
        assertThat(face.value()).isEqualTo(new BigDecimal("20.00"));
        assertThat(face.usedCount()).isEqualTo(2);
        assertThat(face.usageLimitPerUser()).isEqualTo(2);
        assertThat(face.applicableCategories()).containsExactly("face-care");
        assertThat(face.applicableProducts()).isEmpty();
        assertThat(face.createdAt()).isEqualTo(LocalDate.parse("2025-06-02"));
        assertThat(handler.handle(new FindCouponQuery(99))).isEmpty();
    }

    @Test
    void theUsageOfACouponNewestFirstWithItsOrders() {
        ResultPage<CouponUsageView> usage = handler.usage(new FindCouponUsageQuery(2, new PageRequest(1, 1)))
                .orElseThrow();

        assertThat(usage.totalItems()).isEqualTo(2);
        assertThat(usage.items()).containsExactly(new CouponUsageView(103, 2, DARA, 9003L, new BigDecimal("6.00"),
                Instant.parse("2025-06-10T02:00:00Z")));
        assertThat(handler.usage(new FindCouponUsageQuery(3, new PageRequest(1, 20))).orElseThrow().items()).isEmpty();
        assertThat(handler.usage(new FindCouponUsageQuery(99, new PageRequest(1, 20)))).isEmpty();
    }

    @Test
    void statsCountEveryStatusTheRedemptionsAndTheTopCoupons() {
        CouponStatsView stats = handler.handle(new FindCouponStatsQuery(2));

        assertThat(stats.byStatus()).containsExactly(Map.entry("active", 7L),
                Map.entry("inactive", 1L), Map.entry("expired", 0L));
        assertThat(stats.totalCoupons()).isEqualTo(8);
        assertThat(stats.totalRedemptions()).isEqualTo(4);
        assertThat(stats.totalDiscount()).isEqualByComparingTo("13.00");
        assertThat(stats.topCoupons()).containsExactly(
                new CouponStatsView.TopCoupon(2, "FACE20", "Face care", 2, new BigDecimal("10.00")),
                new CouponStatsView.TopCoupon(1, "GLOW10", "Glow ten", 1, new BigDecimal("2.00")));
    }

    @Test
    void availableAreTheActiveDatedNotUsedUpCouponsTheCustomerHasUsesOf() {
        List<AvailableCouponView> sopheas = handler.handle(new FindAvailableCouponsQuery(SOPHEA, TODAY));
        List<AvailableCouponView> daras = handler.handle(new FindAvailableCouponsQuery(DARA, TODAY));

        // Sophea used GLOW10 (once per customer) and FACE20 once of twice; LAST is used up; OLD, SOON, PAUSED not.
        assertThat(sopheas).extracting(AvailableCouponView::code).containsExactly("FACE20", "WELCOME", "SHIP");
        assertThat(sopheas).extracting(AvailableCouponView::remainingUses).containsExactly(1, 1, 1);
        // Dara has ordered before: no first-order coupon.
        assertThat(daras).extracting(AvailableCouponView::code).containsExactly("GLOW10", "FACE20", "SHIP");
        assertThat(handler.handle(new FindAvailableCouponsQuery(SOPHEA, LocalDate.parse("2025-06-16"))))
                .extracting(AvailableCouponView::code).contains("SOON").doesNotContain("OLD");
    }

    @Test
    void aValidCodeAnswersItsDiscountOnTheCartWhateverItsCase() {
        inCart(VANNA, 5, 2);
        inCart(VANNA, 6, 1);

        CouponValidationView glow = validate(VANNA, " glow10 ");

        assertThat(glow.valid()).isTrue();
        assertThat(glow.code()).isEqualTo("GLOW10");
        assertThat(glow.discountAmount()).isEqualTo(new BigDecimal("5.25"));
        assertThat(glow.reasonCode()).isNull();
    }

    @Test
    void aCategoryCouponCoversTheBranchOfAProductsLinkedCategories() {
        inCart(VANNA, 5, 2);
        inCart(VANNA, 6, 1);

        // The serum is linked to vitamin-c, whose parent is face-care: 20% of 40.00 only.
        assertThat(validate(VANNA, "FACE20").discountAmount()).isEqualTo(new BigDecimal("8.00"));
    }

    @Test
    void draftProductsInTheCartAreNotPartOfIt() {
        inCart(VANNA, 7, 1);

        CouponValidationView answer = validate(VANNA, "GLOW10");

        assertThat(answer.valid()).isFalse();
        assertThat(answer.reasonCode()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void eachRefusalSaysWhy() {
        inCart(SOPHEA, 6, 1);
        inCart(DARA, 6, 1);
        inCart(VANNA, 6, 1);

        assertThat(validate(SOPHEA, "GLOW10").reasonCode()).isEqualTo("COUPON_ALREADY_USED");
        assertThat(validate(DARA, "WELCOME").reasonCode()).isEqualTo("FIRST_ORDER_ONLY");
        assertThat(validate(VANNA, "WELCOME").valid()).isTrue();
        assertThat(validate(VANNA, "SHIP").reasonCode()).isEqualTo("MIN_ORDER_NOT_MET");
        assertThat(validate(VANNA, "OLD").reasonCode()).isEqualTo("COUPON_EXPIRED");
        assertThat(validate(VANNA, "SOON").reasonCode()).isEqualTo("COUPON_NOT_STARTED");
        assertThat(validate(VANNA, "PAUSED").reasonCode()).isEqualTo("COUPON_INACTIVE");
        assertThat(validate(VANNA, "LAST").reasonCode()).isEqualTo("COUPON_USED_UP");
        CouponValidationView unknown = validate(VANNA, "NOPE");
        assertThat(unknown.valid()).isFalse();
        assertThat(unknown.reasonCode()).isEqualTo("UNKNOWN_CODE");
        assertThat(unknown.discountAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(unknown.reason()).isNotBlank();
    }

    @Test
    void freeShippingTakesOffTheFeeTheCartWouldPayOnceTheMinimumIsMet() {
        inCart(VANNA, 5, 3);

        CouponValidationView answer = validate(VANNA, "SHIP");

        assertThat(answer.valid()).isTrue();
        assertThat(answer.freeShipping()).isTrue();
        assertThat(answer.discountAmount()).isEqualTo(SHIPPING);

        inCart(VANNA, 6, 4);
        assertThat(validate(VANNA, "SHIP").discountAmount()).as("110.00 ships free anyway")
                .isEqualByComparingTo("0");
    }

    @Test
    void anEmptyCartIsNotApplicable() {
        assertThat(validate(VANNA, "GLOW10").reasonCode()).isEqualTo("NOT_APPLICABLE");
    }
}
