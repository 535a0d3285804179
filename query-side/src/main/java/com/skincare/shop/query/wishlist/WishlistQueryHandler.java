package com.skincare.shop.query.wishlist;

import com.skincare.shop.api.wishlist.FindWishlistQuery;
import com.skincare.shop.api.wishlist.WishlistItemView;
import com.skincare.shop.query.Columns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Answers the wishlist from {@code wishlists} with each product's shopper-facing values and rating. */
@Component
public class WishlistQueryHandler {

    private static final String WISHLIST = """
            SELECT w.id, w.created_at, p.id AS product_id, p.name_en, p.name_kh, p.slug, p.price, p.compare_at_price,
                   p.image_url, p.stock, p.status::text = 'active' AS available,
                   coalesce(r.average_rating, 0) AS average_rating, coalesce(r.review_count, 0) AS review_count
            FROM wishlists w
            JOIN products p ON p.id = w.product_id
            LEFT JOIN product_ratings r ON r.product_id = p.id
            WHERE w.user_id = :userId
            ORDER BY w.created_at DESC, w.id DESC
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public WishlistQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<WishlistItemView> handle(FindWishlistQuery query) {
        return jdbc.query(WISHLIST, new MapSqlParameterSource("userId", query.userId()), this::item);
    }

    private WishlistItemView item(ResultSet rs, int row) throws SQLException {
        return new WishlistItemView(rs.getLong("id"), Columns.instant(rs, "created_at"), new WishlistItemView.Product(
                rs.getLong("product_id"),
                rs.getString("name_en"),
                rs.getString("name_kh"),
                rs.getString("slug"),
                rs.getBigDecimal("price"),
                rs.getBigDecimal("compare_at_price"),
                rs.getString("image_url"),
                rs.getInt("stock"),
                rs.getBoolean("available"),
                rs.getBigDecimal("average_rating"),
                rs.getInt("review_count")));
    }
}
