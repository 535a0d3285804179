package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.DashboardStatsView;
import com.skincare.shop.api.dashboard.FindDashboardStatsQuery;
import com.skincare.shop.api.dashboard.FindRecentOrdersQuery;
import com.skincare.shop.api.dashboard.RecentOrderView;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.query.Columns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The admin dashboard: the range's figures, as the sales and customer reports count them, beside the shop as it
 * stands now; and the newest orders.
 */
@Component
public class DashboardQueryHandler {

    private static final String NOW = """
            SELECT (SELECT count(*) FROM orders WHERE status = 'pending') AS pending_orders,
                   (SELECT count(*) FROM orders WHERE status IN ('confirmed', 'processing')) AS awaiting_fulfilment,
                   (SELECT count(*) FROM products p
                     WHERE p.track_inventory AND p.status <> 'archived' AND p.stock <= :threshold) AS low_stock,
                   (SELECT count(*) FROM users WHERE role = 'customer') AS customers,
                   (SELECT count(*) FROM products WHERE status = 'active') AS active_products
            """;

    /**
     * Newest first by the day of placing, then by id, which the command side allocates in the order orders are
     * placed; both keys are indexed, so the dashboard never computes every order's time of placing.
     */
    private static final String RECENT = """
            SELECT o.id, o.order_number, o.user_id, o.customer_name, o.customer_email, o.total,
                   o.status::text AS status, o.payment_status::text AS payment_status,
                   o.fulfillment_status::text AS fulfillment_status, count(i.id) AS item_count,
                   coalesce(sum(i.quantity), 0) AS total_quantity, min(i.created_at) AS placed_at
              FROM (SELECT * FROM orders ORDER BY created_at DESC, id DESC LIMIT :limit) o
              LEFT JOIN order_items i ON i.order_id = o.id
             GROUP BY o.id, o.order_number, o.user_id, o.customer_name, o.customer_email, o.total, o.status,
                      o.payment_status, o.fulfillment_status, o.created_at
             ORDER BY o.created_at DESC, o.id DESC
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final SalesReportQueryHandler sales;
    private final CustomerReportQueryHandler customers;

    public DashboardQueryHandler(NamedParameterJdbcTemplate jdbc, SalesReportQueryHandler sales,
                                 CustomerReportQueryHandler customers) {
        this.jdbc = jdbc;
        this.sales = sales;
        this.customers = customers;
    }

    @QueryHandler
    public DashboardStatsView handle(FindDashboardStatsQuery query) {
        ReportRange range = query.range();
        SalesReportQueryHandler.Figures figures = sales.whole(range);
        CustomerReportQueryHandler.RangeFigures people = customers.whole(range);
        return jdbc.queryForObject(NOW, new MapSqlParameterSource("threshold", query.lowStockThreshold()),
                (rs, row) -> new DashboardStatsView(range.from(), range.to(), ReportRange.SHOP_ZONE.getId(),
                        figures.orders(), figures.cancelledOrders(), figures.itemsSold(), figures.gross(),
                        figures.refunds(), figures.net(), figures.sales().averageOrderValue(),
                        people.newCustomers(), people.conversion(), rs.getLong("pending_orders"),
                        rs.getLong("awaiting_fulfilment"), rs.getLong("low_stock"), query.lowStockThreshold(),
                        rs.getLong("customers"), rs.getLong("active_products")));
    }

    @QueryHandler
    public List<RecentOrderView> handle(FindRecentOrdersQuery query) {
        return jdbc.query(RECENT, new MapSqlParameterSource("limit", query.limit()), (rs, row) -> new RecentOrderView(
                rs.getLong("id"), rs.getString("order_number"), Columns.nullableLong(rs, "user_id"),
                rs.getString("customer_name"), rs.getString("customer_email"), rs.getInt("item_count"),
                rs.getInt("total_quantity"), rs.getBigDecimal("total"), rs.getString("status"),
                rs.getString("payment_status"), rs.getString("fulfillment_status"),
                Columns.instant(rs, "placed_at")));
    }
}
