package com.skincare.shop.query.catalog;

import com.skincare.shop.query.Columns;
import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Answers the category queries from the {@code categories} read table; shoppers see active categories only. */
@Component
public class CategoryQueryHandler {

    static final int DEFAULT_LIMIT = 100;

    private static final String COLUMNS =
            "c.id, c.name, c.slug, c.description, c.parent_id, c.image_url, c.is_active, c.sort_order, c.created_at,"
                    + " c.updated_at";
    private static final String VISIBLE = "(c.is_active OR NOT :shopperView)";

    private final NamedParameterJdbcTemplate jdbc;

    public CategoryQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers a {@code ResultPage<CategoryView>}; raw for Axon's sake, see {@link ProductQueryHandler}. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindCategoriesQuery query) {
        return page(query);
    }

    ResultPage<CategoryView> page(FindCategoriesQuery query) {
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("shopperView", query.shopperView())
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
        Long total = jdbc.queryForObject("SELECT count(*) FROM categories c WHERE " + VISIBLE, parameters,
                Long.class);
        List<CategoryView> items = jdbc.query("SELECT " + COLUMNS + " FROM categories c WHERE " + VISIBLE
                + " ORDER BY c.sort_order, c.name, c.id LIMIT :limit OFFSET :offset", parameters, this::category);
        return new ResultPage<>(items, page.page(), page.limit(), total == null ? 0 : total);
    }

    @QueryHandler
    public Optional<CategoryView> handle(FindCategoryQuery query) {
        return single("c.id = :key", query.categoryId(), query.shopperView());
    }

    @QueryHandler
    public Optional<CategoryView> handle(FindCategoryBySlugQuery query) {
        return single("c.slug = :key", query.slug(), query.shopperView());
    }

    private Optional<CategoryView> single(String condition, Object key, boolean shopperView) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("key", key)
                .addValue("shopperView", shopperView);
        return jdbc.query("SELECT " + COLUMNS + " FROM categories c WHERE " + condition + " AND " + VISIBLE, parameters,
                this::category).stream().findFirst();
    }

    private CategoryView category(ResultSet rs, int row) throws SQLException {
        return new CategoryView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("description"),
                Columns.nullableLong(rs, "parent_id"),
                rs.getString("image_url"),
                rs.getBoolean("is_active"),
                rs.getInt("sort_order"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"));
    }
}
