package com.skincare.shop.query.reviews;

import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.reviews.FindReviewQuery;
import com.skincare.shop.api.reviews.FindReviewsQuery;
import com.skincare.shop.api.reviews.ReviewFilter;
import com.skincare.shop.api.reviews.ReviewSort;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.api.reviews.ReviewView;
import com.skincare.shop.query.Columns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the review queries from {@code reviews}, with the author's display name from {@code users}: the first
 * name and the initial of the last, never the email.
 */
@Component
public class ReviewQueryHandler {

    static final int DEFAULT_LIMIT = 20;

    private static final String COLUMNS = """
            r.id, r.product_id, r.user_id, r.rating, r.title, r.comment, r.status::text AS status,
            r.is_verified_purchase, r.helpful_count, r.created_at, r.updated_at,
            CASE WHEN u.id IS NULL THEN NULL
                 ELSE trim(coalesce(u.first_name, '') || ' ' || coalesce(left(u.last_name, 1) || '.', '')) END
                 AS customer_name""";
    private static final String FROM = " FROM reviews r LEFT JOIN users u ON u.id = r.user_id";

    private final NamedParameterJdbcTemplate jdbc;

    public ReviewQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers a {@code ResultPage<ReviewView>}; raw for Axon's sake, as the catalog's list handlers. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindReviewsQuery query) {
        return page(query);
    }

    ResultPage<ReviewView> page(FindReviewsQuery query) {
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
        String where = where(query.filter(), parameters);
        Long total = jdbc.queryForObject("SELECT count(*) FROM reviews r" + where, parameters, Long.class);
        List<ReviewView> items = jdbc.query("SELECT " + COLUMNS + FROM + where + " ORDER BY "
                + orderBy(query.sort(), query.direction()) + " LIMIT :limit OFFSET :offset", parameters, this::review);
        return new ResultPage<>(items, page.page(), page.limit(), total == null ? 0 : total);
    }

    @QueryHandler
    public Optional<ReviewView> handle(FindReviewQuery query) {
        return jdbc.query("SELECT " + COLUMNS + FROM + " WHERE r.id = :id",
                new MapSqlParameterSource("id", query.reviewId()), this::review).stream().findFirst();
    }

    private static String where(ReviewFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter != null && filter.productId() != null) {
            conditions.add("r.product_id = :productId");
            parameters.addValue("productId", filter.productId());
        }
        if (filter != null && filter.userId() != null) {
            conditions.add("r.user_id = :userId");
            parameters.addValue("userId", filter.userId());
        }
        if (filter != null && filter.status() != null) {
            conditions.add("r.status = CAST(:status AS review_status)");
            parameters.addValue("status", filter.status().code());
        }
        if (filter != null && filter.rating() != null) {
            conditions.add("r.rating = :rating");
            parameters.addValue("rating", filter.rating());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Every order ends on the id, so pages are stable when values tie. */
    private static String orderBy(ReviewSort sort, SortDirection direction) {
        String dir = direction == SortDirection.ASC ? "ASC" : "DESC";
        String column = switch (sort == null ? ReviewSort.CREATED_AT : sort) {
            case CREATED_AT -> "r.created_at";
            case RATING -> "r.rating";
            case HELPFUL_COUNT -> "r.helpful_count";
        };
        return column + " " + dir + ", r.id " + dir;
    }

    private ReviewView review(ResultSet rs, int row) throws SQLException {
        return new ReviewView(
                rs.getLong("id"),
                rs.getLong("product_id"),
                Columns.nullableLong(rs, "user_id"),
                rs.getInt("rating"),
                rs.getString("title"),
                rs.getString("comment"),
                rs.getString("customer_name"),
                ReviewStatus.fromCode(rs.getString("status")).orElse(null),
                rs.getBoolean("is_verified_purchase"),
                rs.getInt("helpful_count"),
                rs.getObject("created_at", LocalDate.class),
                Columns.instant(rs, "updated_at"));
    }
}
