package com.skincare.shop.query.cart;

import com.skincare.shop.api.cart.CartCouponView;
import com.skincare.shop.api.cart.CartItemView;
import com.skincare.shop.api.cart.CartView;
import com.skincare.shop.api.cart.CheckoutLine;
import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.cart.FindCartQuery;
import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.coupons.CouponValidationView;
import com.skincare.shop.query.Columns;
import com.skincare.shop.query.CouponChecks;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Answers the cart from {@code shopping_cart} and each line's product, through {@link CartCache}; the totals are
 * priced at every read by {@link CheckoutPricing} over the lines whose product is still on sale. A line whose
 * product is not shows, flagged and at 0, rather than vanishing from the customer's cart. The coupon the cart holds
 * is checked against it as "validate" does, and its discount taken off while it applies.
 */
@Component
public class CartQueryHandler {

    private static final String CART = """
            SELECT c.id, c.product_id, c.quantity, c.created_at, c.updated_at,
                   p.name_en, p.name_kh, p.slug, p.price, p.image_url, p.stock, p.track_inventory,
                   p.allow_backorders, p.status::text = 'active' AS available
            FROM shopping_cart c
            JOIN products p ON p.id = c.product_id
            WHERE c.user_id = :userId
            ORDER BY c.created_at, c.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CartCache cache;
    private final CheckoutPricing pricing;
    private final CouponChecks coupons;
    private final Clock clock;

    @Autowired
    public CartQueryHandler(NamedParameterJdbcTemplate jdbc, CartCache cache, CheckoutPricing pricing,
                            CouponChecks coupons, ObjectProvider<Clock> clock) {
        this(jdbc, cache, pricing, coupons, clock.getIfAvailable(Clock::systemUTC));
    }

    CartQueryHandler(NamedParameterJdbcTemplate jdbc, CartCache cache, CheckoutPricing pricing,
                     CouponChecks coupons, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.pricing = pricing;
        this.coupons = coupons;
        this.clock = clock;
    }

    @QueryHandler
    public CartView handle(FindCartQuery query) {
        List<CartItemView> items = cache.lines(query.userId(), () -> read(query.userId())).stream()
                .map(CartQueryHandler::item)
                .toList();
        List<CheckoutLine> priced = items.stream()
                .filter(CartItemView::available)
                .map(item -> new CheckoutLine(item.product().price(), item.quantity()))
                .toList();
        return CartView.of(items, pricing.totals(priced), coupon(query.userId()));
    }

    /**
     * The coupon is checked at every read, not cached with the lines: its standing moves with other customers'
     * orders and with the day, which no cart event tells.
     */
    private CartCouponView coupon(long userId) {
        List<String> codes = jdbc.queryForList("SELECT code FROM cart_coupons WHERE user_id = :userId",
                new MapSqlParameterSource("userId", userId), String.class);
        if (codes.isEmpty()) {
            return null;
        }
        CouponValidationView check = coupons.check(userId, codes.get(0), CouponPolicy.today(clock));
        return new CartCouponView(check.code(), check.valid(), check.discountAmount(), check.freeShipping(),
                check.reason(), check.reasonCode());
    }

    private List<CachedCartLine> read(long userId) {
        return jdbc.query(CART, new MapSqlParameterSource("userId", userId), CartQueryHandler::line);
    }

    private static CartItemView item(CachedCartLine line) {
        CachedCartLine.ProductData product = line.productData();
        boolean inStock = !product.trackInventory() || product.allowBackorders()
                || line.quantity() <= product.stock();
        BigDecimal lineTotal = product.available()
                ? new CheckoutLine(product.price(), line.quantity()).lineTotal() : new BigDecimal("0.00");
        return new CartItemView(line.id(), line.productId(), line.quantity(), line.addedAt(), line.updatedAt(),
                new CartItemView.Product(line.productId(), product.name(), product.nameKh(), product.slug(),
                        product.price(), product.imageUrl(), product.stock(), product.trackInventory(),
                        product.allowBackorders()),
                lineTotal, product.available(), inStock);
    }

    private static CachedCartLine line(ResultSet rs, int row) throws SQLException {
        return new CachedCartLine(rs.getLong("id"), rs.getLong("product_id"), rs.getInt("quantity"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                new CachedCartLine.ProductData(
                        rs.getString("name_en"),
                        rs.getString("name_kh"),
                        rs.getString("slug"),
                        rs.getBigDecimal("price"),
                        rs.getString("image_url"),
                        rs.getInt("stock"),
                        rs.getBoolean("track_inventory"),
                        rs.getBoolean("allow_backorders"),
                        rs.getBoolean("available")));
    }
}
