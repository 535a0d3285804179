package com.skincare.shop.query.coupons;

import com.skincare.shop.api.cart.CheckoutLine;
import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.coupons.AvailableCouponView;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponFacts;
import com.skincare.shop.api.coupons.CouponPolicy;
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
import com.skincare.shop.query.Columns;
import com.skincare.shop.query.CouponChecks;
import com.skincare.shop.query.LikePatterns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the coupon queries from {@code coupons} and {@code coupon_usage}: the admin's lists and stats, and the
 * customer's "available" and "validate", which apply {@link CouponPolicy} to the read rows, the customer's uses
 * and the cart ({@code shopping_cart} with each product's price and categories), as the aggregate does at checkout.
 * A first order is a customer whose {@code users.total_orders} is 0.
 */
@Component
public class CouponQueryHandler implements CouponChecks {

    static final int DEFAULT_LIMIT = 20;
    static final String UNKNOWN_CODE = "UNKNOWN_CODE";

    private static final String COLUMNS = """
            c.id, c.code, c.name, c.description, c.type::text AS type, c.value, c.max_discount, c.usage_limit,
            c.used_count, c.usage_limit_per_user, c.min_order_value, c.applicable_products, c.applicable_categories,
            c.status::text AS status, c.is_first_time_only, c.start_date, c.end_date, c.created_at, c.updated_at
            """;

    private static final String AVAILABLE = """
            SELECT %s,
                   (SELECT count(*) FROM coupon_usage u WHERE u.coupon_id = c.id AND u.user_id = :userId) AS used_by_me
            FROM coupons c
            WHERE c.status = 'active'
              AND (c.start_date IS NULL OR c.start_date <= :today) AND (c.end_date IS NULL OR c.end_date >= :today)
              AND (c.usage_limit IS NULL OR c.used_count < c.usage_limit)
            ORDER BY c.end_date NULLS LAST, c.id
            """.formatted(COLUMNS);

    /**
     * A line's categories are its {@code category} text and the slugs of its linked categories and of their
     * ancestors: a coupon for a category covers its whole branch, as the catalog's category filter does.
     */
    private static final String CART = """
            SELECT s.product_id, s.quantity, p.price, p.category,
                   ARRAY(WITH RECURSIVE branch (id, parent_id, slug) AS (
                             SELECT k.id, k.parent_id, k.slug FROM product_categories pc
                             JOIN categories k ON k.id = pc.category_id WHERE pc.product_id = p.id
                             UNION
                             SELECT k.id, k.parent_id, k.slug FROM categories k JOIN branch b ON k.id = b.parent_id)
                         SELECT slug FROM branch) AS slugs
            FROM shopping_cart s
            JOIN products p ON p.id = s.product_id
            WHERE s.user_id = :userId AND p.status = 'active'
            ORDER BY s.product_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CheckoutPricing pricing;

    public CouponQueryHandler(NamedParameterJdbcTemplate jdbc, CheckoutPricing pricing) {
        this.jdbc = jdbc;
        this.pricing = pricing;
    }

    @Override
    public CouponValidationView check(long userId, String code, LocalDate today) {
        return handle(new ValidateCouponQuery(userId, code, today));
    }

    /** Answers a {@code ResultPage<CouponView>}; raw for Axon 4's handler matching, see ProductQueryHandler. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindCouponsQuery query) {
        return coupons(query);
    }

    ResultPage<CouponView> coupons(FindCouponsQuery query) {
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        StringBuilder where = new StringBuilder(" WHERE true");
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        if (query.search() != null) {
            where.append(" AND (c.code ILIKE :search OR c.name ILIKE :search)");
            parameters.addValue("search", LikePatterns.containing(query.search()));
        }
        if (query.status() != null) {
            where.append(" AND c.status = CAST(:status AS coupon_status)");
            parameters.addValue("status", query.status().code());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM coupons c" + where, parameters, Long.class);
        List<CouponView> items = jdbc.query("SELECT " + COLUMNS + " FROM coupons c" + where
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset", parameters, this::coupon);
        return new ResultPage<>(items, page.page(), page.limit(), total == null ? 0 : total);
    }

    @QueryHandler
    public Optional<CouponView> handle(FindCouponQuery query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM coupons c WHERE c.id = :id",
                new MapSqlParameterSource("id", query.couponId()), this::coupon).stream().findFirst();
    }

    /** Answers an {@code Optional<ResultPage<CouponUsageView>>}: empty for an unknown coupon. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public Optional<ResultPage> handle(FindCouponUsageQuery query) {
        return usage(query).map(ResultPage.class::cast);
    }

    Optional<ResultPage<CouponUsageView>> usage(FindCouponUsageQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("couponId", query.couponId())
                .addValue("limit", query.page().limit()).addValue("offset", query.page().offset());
        Map<String, Object> size = jdbc.queryForMap("SELECT EXISTS (SELECT 1 FROM coupons WHERE id = :couponId)"
                + " AS known, (SELECT count(*) FROM coupon_usage WHERE coupon_id = :couponId) AS total", parameters);
        if (!Boolean.TRUE.equals(size.get("known"))) {
            return Optional.empty();
        }
        List<CouponUsageView> items = jdbc.query("""
                SELECT u.id, u.coupon_id, u.user_id, o.order_id, u.discount_amount, u.used_at
                FROM coupon_usage u LEFT JOIN coupon_usage_orders o ON o.usage_id = u.id
                WHERE u.coupon_id = :couponId
                ORDER BY u.used_at DESC, u.id DESC
                LIMIT :limit OFFSET :offset
                """, parameters, (rs, row) -> new CouponUsageView(rs.getLong("id"), rs.getLong("coupon_id"),
                Columns.nullableLong(rs, "user_id"), Columns.nullableLong(rs, "order_id"),
                rs.getBigDecimal("discount_amount"), Columns.instant(rs, "used_at")));
        return Optional.of(new ResultPage<>(items, query.page().page(), query.page().limit(),
                ((Number) size.get("total")).longValue()));
    }

    @QueryHandler
    public CouponStatsView handle(FindCouponStatsQuery query) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (CouponStatus status : CouponStatus.values()) {
            byStatus.put(status.code(), 0L);
        }
        jdbc.query("SELECT status::text AS status, count(*) AS n FROM coupons GROUP BY status",
                rs -> {
                    byStatus.put(rs.getString("status"), rs.getLong("n"));
                });
        Map<String, Object> totals = jdbc.getJdbcOperations().queryForMap(
                "SELECT count(*) AS redemptions, coalesce(sum(discount_amount), 0) AS discount FROM coupon_usage");
        List<CouponStatsView.TopCoupon> top = jdbc.query("""
                SELECT c.id, c.code, c.name, count(u.id) AS redemptions, sum(u.discount_amount) AS discount
                FROM coupons c JOIN coupon_usage u ON u.coupon_id = c.id
                GROUP BY c.id
                ORDER BY redemptions DESC, discount DESC, c.id
                LIMIT :top
                """, new MapSqlParameterSource("top", query.top()), (rs, row) -> new CouponStatsView.TopCoupon(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("redemptions"),
                rs.getBigDecimal("discount")));
        return new CouponStatsView(byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum(),
                ((Number) totals.get("redemptions")).longValue(), (BigDecimal) totals.get("discount"), top);
    }

    /**
     * The query narrows to what is active, dated and not used up; the customer's own limit and a first-order
     * coupon are decided per row. What the customer may still use is the smaller of their uses left and the
     * coupon's.
     */
    @QueryHandler
    public List<AvailableCouponView> handle(FindAvailableCouponsQuery query) {
        boolean firstOrder = firstOrder(query.userId());
        return jdbc.query(AVAILABLE, new MapSqlParameterSource("userId", query.userId())
                .addValue("today", query.today()), (rs, row) -> {
                    CouponView coupon = coupon(rs, row);
                    int mine = coupon.usageLimitPerUser() - rs.getInt("used_by_me");
                    int overall = coupon.usageLimit() == null ? Integer.MAX_VALUE
                            : coupon.usageLimit() - coupon.usedCount();
                    int remaining = Math.min(mine, overall);
                    if (remaining < 1 || coupon.firstTimeOnly() && !firstOrder) {
                        return null;
                    }
                    return new AvailableCouponView(coupon.id(), coupon.code(), coupon.name(), coupon.description(),
                            coupon.type(), coupon.value(), coupon.maxDiscount(), coupon.minOrderValue(),
                            coupon.applicableProducts(), coupon.applicableCategories(), coupon.firstTimeOnly(),
                            coupon.startDate(), coupon.endDate(), remaining);
                }).stream().filter(Objects::nonNull).toList();
    }

    /** An unknown code is an answer too: not valid, with the reason, never a 404. */
    @QueryHandler
    public CouponValidationView handle(ValidateCouponQuery query) {
        String code = query.code().strip().toUpperCase(Locale.ROOT);
        Optional<CouponView> found = jdbc.query("SELECT " + COLUMNS + " FROM coupons c WHERE c.code = :code",
                new MapSqlParameterSource("code", code), this::coupon).stream().findFirst();
        if (found.isEmpty()) {
            return new CouponValidationView(false, code, BigDecimal.ZERO.setScale(2), false,
                    "No coupon has this code", UNKNOWN_CODE);
        }
        CouponView coupon = found.get();
        Integer mine = jdbc.queryForObject("SELECT count(*) FROM coupon_usage WHERE coupon_id = :couponId"
                + " AND user_id = :userId", new MapSqlParameterSource("couponId", coupon.id())
                .addValue("userId", query.userId()), Integer.class);
        CouponFacts facts = new CouponFacts(CouponStatus.fromCode(coupon.status()).orElseThrow(),
                coupon.usedCount(), mine == null ? 0 : mine, firstOrder(query.userId()));
        CouponDecision decision = CouponPolicy.evaluate(terms(coupon), cart(query.userId()),
                query.today(), facts);
        if (decision instanceof CouponDecision.Discount discount) {
            return new CouponValidationView(true, code, discount.amount(), discount.freeShipping(),
                    "The coupon takes " + discount.amount() + " off", null);
        }
        CouponDecision.Refusal refusal = (CouponDecision.Refusal) decision;
        return new CouponValidationView(false, code, BigDecimal.ZERO.setScale(2), false, refusal.reason(),
                refusal.code().name());
    }

    /** The cart's lines on sale, and the shipping the shop's pricing asks for them. */
    CheckoutBasket cart(long userId) {
        List<CheckoutBasket.Line> lines = jdbc.query(CART, new MapSqlParameterSource("userId", userId),
                (rs, row) -> {
                    Set<String> categories = new HashSet<>(strings(rs.getArray("slugs")));
                    categories.add(rs.getString("category"));
                    return new CheckoutBasket.Line(rs.getLong("product_id"), categories, rs.getBigDecimal("price"),
                            rs.getInt("quantity"));
                });
        BigDecimal shipping = pricing.totals(lines.stream()
                .map(line -> new CheckoutLine(line.unitPrice(), line.quantity())).toList()).shipping();
        return new CheckoutBasket(lines, shipping);
    }

    private boolean firstOrder(long userId) {
        List<Integer> orders = jdbc.queryForList("SELECT coalesce(total_orders, 0) FROM users WHERE id = :userId",
                new MapSqlParameterSource("userId", userId), Integer.class);
        return orders.isEmpty() || orders.get(0) == 0;
    }

    private static CouponTerms terms(CouponView coupon) {
        return new CouponTerms(CouponType.fromCode(coupon.type()).orElseThrow(), coupon.value(),
                coupon.maxDiscount(), coupon.usageLimit(), coupon.usageLimitPerUser(), coupon.minOrderValue(),
                coupon.applicableProducts(), coupon.applicableCategories(), coupon.firstTimeOnly(),
                coupon.startDate(), coupon.endDate());
    }

    private CouponView coupon(ResultSet rs, int row) throws SQLException {
        Array products = rs.getArray("applicable_products");
        return new CouponView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("type"),
                rs.getBigDecimal("value"),
                rs.getBigDecimal("max_discount"),
                (Integer) rs.getObject("usage_limit"),
                rs.getInt("used_count"),
                rs.getInt("usage_limit_per_user"),
                rs.getBigDecimal("min_order_value"),
                products == null ? List.of() : Arrays.stream((Integer[]) products.getArray())
                        .map(Integer::longValue).toList(),
                strings(rs.getArray("applicable_categories")),
                rs.getString("status"),
                rs.getBoolean("is_first_time_only"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("created_at", LocalDate.class),
                Columns.instant(rs, "updated_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
