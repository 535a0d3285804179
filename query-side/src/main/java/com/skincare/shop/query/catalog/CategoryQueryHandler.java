package com.skincare.shop.query.catalog;

import com.skincare.shop.query.Columns;
import com.skincare.shop.api.catalog.CategorySummary;
import com.skincare.shop.api.catalog.CategoryView;
import com.skincare.shop.api.catalog.FindCategoriesQuery;
import com.skincare.shop.api.catalog.FindCategoryBySlugQuery;
import com.skincare.shop.api.catalog.FindCategoryQuery;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.projections.SqlArrays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers the category queries from the {@code categories} read table. Shoppers see a category only when it and
 * every category above it are active, so deactivating a category hides its whole branch. A category comes with
 * its visible children and the number of products in its branch, each read for a whole page in one query.
 */
@Component
public class CategoryQueryHandler {

    static final int DEFAULT_LIMIT = 100;

    private static final String COLUMNS =
            "c.id, c.name, c.slug, c.description, c.parent_id, c.image_url, c.is_active, c.sort_order, c.created_at,"
                    + " c.updated_at";

    /** The categories a view shows, walked down from the top; for admins, every one. */
    private static final String VISIBLE = """
            WITH RECURSIVE visible(id) AS (
                SELECT c.id FROM categories c WHERE c.parent_id IS NULL AND (c.is_active OR NOT :shopperView)
                UNION ALL
                SELECT c.id FROM categories c JOIN visible v ON c.parent_id = v.id
                WHERE c.is_active OR NOT :shopperView
            )
            """;

    /** A product counts once per category even when it is linked to several categories of the branch. */
    private static final String PRODUCT_COUNTS = VISIBLE.stripTrailing() + """
            , branch(root, id) AS (
                SELECT v.id, v.id FROM visible v WHERE v.id = ANY(:ids)
                UNION ALL
                SELECT b.root, c.id FROM branch b JOIN categories c ON c.parent_id = b.id JOIN visible v ON v.id = c.id
            )
            SELECT b.root, count(DISTINCT pc.product_id) AS products
            FROM branch b
            JOIN product_categories pc ON pc.category_id = b.id
            JOIN products p ON p.id = pc.product_id AND (p.status = 'active' OR NOT :shopperView)
            GROUP BY b.root
            """;

    private static final String CHILDREN = VISIBLE + """
            SELECT c.parent_id, c.id, c.name, c.slug
            FROM categories c JOIN visible v ON v.id = c.id
            WHERE c.parent_id = ANY(:ids)
            ORDER BY c.sort_order, c.name, c.id
            """;

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
        Long total = jdbc.queryForObject(VISIBLE + "SELECT count(*) FROM visible", parameters, Long.class);
        List<CategoryView> items = jdbc.query(VISIBLE + "SELECT " + COLUMNS
                + " FROM categories c JOIN visible v ON v.id = c.id"
                + " ORDER BY c.sort_order, c.name, c.id LIMIT :limit OFFSET :offset", parameters, this::category);
        return new ResultPage<>(withBranches(items, query.shopperView()), page.page(), page.limit(),
                total == null ? 0 : total);
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
        List<CategoryView> found = jdbc.query(VISIBLE + "SELECT " + COLUMNS
                + " FROM categories c JOIN visible v ON v.id = c.id WHERE " + condition, parameters, this::category);
        return withBranches(found, shopperView).stream().findFirst();
    }

    private List<CategoryView> withBranches(List<CategoryView> categories, boolean shopperView) {
        if (categories.isEmpty()) {
            return categories;
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("ids", SqlArrays.bigint(categories.stream().map(CategoryView::id).toList()))
                .addValue("shopperView", shopperView);
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(PRODUCT_COUNTS, parameters,
                (ResultSet rs) -> {
                    counts.put(rs.getLong("root"), rs.getLong("products"));
                });
        Map<Long, List<CategorySummary>> children = jdbc.query(CHILDREN, parameters,
                        (rs, i) -> Map.entry(rs.getLong("parent_id"),
                                new CategorySummary(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return categories.stream()
                .map(c -> new CategoryView(c.id(), c.name(), c.slug(), c.description(), c.parentId(), c.imageUrl(),
                        c.active(), c.sortOrder(), c.createdAt(), c.updatedAt(), counts.getOrDefault(c.id(), 0L),
                        children.getOrDefault(c.id(), List.of())))
                .toList();
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
                Columns.instant(rs, "updated_at"),
                0,
                List.of());
    }
}
