package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.FindProductReportQuery;
import com.skincare.shop.api.dashboard.FindTopProductsQuery;
import com.skincare.shop.api.dashboard.ProductRanking;
import com.skincare.shop.api.dashboard.ProductReportView;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.TopCategoryView;
import com.skincare.shop.api.dashboard.TopProductView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static com.skincare.shop.query.dashboard.ReportSql.money;

/**
 * What sold: the lines of the orders placed in the range that still stand (a wholly refunded order sold nothing;
 * a refund names no lines, so a partial one is not taken off any product), by product and by the categories
 * each product is linked to now. A product in two categories counts in both.
 */
@Component
public class ProductSalesQueryHandler {

    private static final String LINES = """
            WITH %1$s,
            lines AS (
                SELECT i.order_id, i.product_id, i.product_name, i.product_sku, i.quantity, i.total_price
                  FROM placed p
                  JOIN order_items i ON i.order_id = p.id
                 WHERE p.status IN %2$s)
            """.formatted(ReportSql.PLACED, ReportSql.STANDING);

    private static final String TOP_PRODUCTS = LINES + """
            SELECT l.product_id, coalesce(pr.name_en, max(l.product_name)) AS name_en, pr.name_kh,
                   coalesce(pr.sku, max(l.product_sku)) AS sku, sum(l.quantity) AS units,
                   count(DISTINCT l.order_id) AS orders, sum(l.total_price) AS revenue
              FROM lines l
              LEFT JOIN products pr ON pr.id = l.product_id
             GROUP BY l.product_id, pr.id
             ORDER BY %s, l.product_id
             LIMIT :limit
            """;

    private static final String TOP_CATEGORIES = LINES + """
            SELECT c.id, c.name, c.slug, count(DISTINCT l.product_id) AS products, sum(l.quantity) AS units,
                   count(DISTINCT l.order_id) AS orders, sum(l.total_price) AS revenue
              FROM lines l
              JOIN product_categories pc ON pc.product_id = l.product_id
              JOIN categories c ON c.id = pc.category_id
             GROUP BY c.id
             ORDER BY revenue DESC, units DESC, c.id
             LIMIT :limit
            """;

    private static final String TOTALS = LINES + """
            SELECT count(DISTINCT product_id) AS products, coalesce(sum(quantity), 0) AS units,
                   sum(total_price) AS revenue
              FROM lines
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public ProductSalesQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<TopProductView> handle(FindTopProductsQuery query) {
        return topProducts(query.range(), query.ranking(), query.limit());
    }

    @QueryHandler
    public ProductReportView handle(FindProductReportQuery query) {
        ReportRange range = query.range();
        MapSqlParameterSource parameters = ReportSql.parameters(range).addValue("limit", query.limit());
        List<TopCategoryView> categories = jdbc.query(TOP_CATEGORIES, parameters, (rs, row) -> new TopCategoryView(
                rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getLong("products"),
                rs.getLong("units"), rs.getLong("orders"), money(rs.getBigDecimal("revenue"))));
        return jdbc.queryForObject(TOTALS, parameters, (rs, row) -> new ProductReportView(range.from(), range.to(),
                ReportRange.SHOP_ZONE.getId(), rs.getLong("products"), rs.getLong("units"),
                money(rs.getBigDecimal("revenue")), topProducts(range, ProductRanking.REVENUE, query.limit()),
                categories));
    }

    private List<TopProductView> topProducts(ReportRange range, ProductRanking ranking, int limit) {
        String order = ranking == ProductRanking.UNITS ? "units DESC, revenue DESC" : "revenue DESC, units DESC";
        return jdbc.query(TOP_PRODUCTS.formatted(order), ReportSql.parameters(range).addValue("limit", limit),
                (rs, row) -> new TopProductView(rs.getLong("product_id"), rs.getString("name_en"),
                        rs.getString("name_kh"), rs.getString("sku"), rs.getLong("units"), rs.getLong("orders"),
                        money(rs.getBigDecimal("revenue"))));
    }
}
