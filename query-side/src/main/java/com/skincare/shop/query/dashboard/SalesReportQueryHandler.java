package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.FindRevenueReportQuery;
import com.skincare.shop.api.dashboard.FindSalesReportQuery;
import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.RevenuePeriodView;
import com.skincare.shop.api.dashboard.RevenueReportView;
import com.skincare.shop.api.dashboard.SalesPeriodView;
import com.skincare.shop.api.dashboard.SalesReportView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static com.skincare.shop.query.dashboard.ReportSql.average;
import static com.skincare.shop.query.dashboard.ReportSql.money;

/**
 * The sales and revenue reports, period by period, from {@code orders}, {@code order_items} and
 * {@code order_refunds}. An order counts in the period of its placing; a refund in the period it was given, and
 * only on an order that counts, so a cancelled order adds nothing whatever was refunded on it.
 */
@Component
public class SalesReportQueryHandler {

    private static final String PERIOD_FIGURES = """
            WITH %1$s,
            %2$s,
            sales AS (
                SELECT %3$s AS period,
                       count(*) FILTER (WHERE status IN %5$s) AS orders,
                       count(*) FILTER (WHERE status = 'cancelled') AS cancelled_orders,
                       coalesce(sum(units) FILTER (WHERE status IN %5$s), 0) AS items_sold,
                       sum(subtotal) FILTER (WHERE status IN %5$s) AS subtotal,
                       sum(discount_amount) FILTER (WHERE status IN %5$s) AS discounts,
                       sum(shipping_amount) FILTER (WHERE status IN %5$s) AS shipping,
                       sum(tax_amount) FILTER (WHERE status IN %5$s) AS tax,
                       sum(total) FILTER (WHERE status IN %5$s) AS gross
                  FROM placed
                 GROUP BY 1),
            refunds AS (
                SELECT %4$s AS period, sum(r.amount) AS refunds
                  FROM order_refunds r
                  JOIN orders o ON o.id = r.order_id
                 WHERE r.created_at >= :start AND r.created_at < :end AND o.status IN %5$s
                 GROUP BY 1)
            SELECT p.period, p.period_from, p.period_to,
                   coalesce(s.orders, 0) AS orders, coalesce(s.cancelled_orders, 0) AS cancelled_orders,
                   coalesce(s.items_sold, 0) AS items_sold, s.subtotal, s.discounts, s.shipping, s.tax, s.gross,
                   r.refunds
              FROM periods p
              LEFT JOIN sales s ON s.period = p.period
              LEFT JOIN refunds r ON r.period = p.period
             ORDER BY p.period
            """.formatted(ReportSql.PLACED, ReportSql.PERIODS, ReportSql.periodOf("placed_local"),
            ReportSql.periodOf(ReportSql.local("r.created_at")), ReportSql.SOLD);

    private final NamedParameterJdbcTemplate jdbc;

    public SalesReportQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public SalesReportView handle(FindSalesReportQuery query) {
        List<Figures> periods = periods(query.range(), query.granularity());
        return new SalesReportView(query.range().from(), query.range().to(), query.granularity().code(),
                ReportRange.SHOP_ZONE.getId(), Figures.sum(query.range(), periods).sales(),
                periods.stream().map(Figures::sales).toList());
    }

    @QueryHandler
    public RevenueReportView handle(FindRevenueReportQuery query) {
        List<Figures> periods = periods(query.range(), query.granularity());
        return new RevenueReportView(query.range().from(), query.range().to(), query.granularity().code(),
                ReportRange.SHOP_ZONE.getId(), Figures.sum(query.range(), periods).revenue(),
                periods.stream().map(Figures::revenue).toList());
    }

    /** The range's figures as one period, for the dashboard. */
    Figures whole(ReportRange range) {
        return Figures.sum(range, periods(range, Granularity.DAY));
    }

    List<Figures> periods(ReportRange range, Granularity granularity) {
        return jdbc.query(PERIOD_FIGURES, ReportSql.parameters(range, granularity), SalesReportQueryHandler::figures);
    }

    private static Figures figures(ResultSet rs, int row) throws SQLException {
        return new Figures(rs.getObject("period", LocalDate.class), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getLong("orders"), rs.getLong("cancelled_orders"),
                rs.getLong("items_sold"), money(rs.getBigDecimal("subtotal")), money(rs.getBigDecimal("discounts")),
                money(rs.getBigDecimal("shipping")), money(rs.getBigDecimal("tax")), money(rs.getBigDecimal("gross")),
                money(rs.getBigDecimal("refunds")));
    }

    /** One period's sums; every one of them adds up over periods, so the whole range is their sum. */
    record Figures(LocalDate period, LocalDate from, LocalDate to, long orders, long cancelledOrders, long itemsSold,
                   BigDecimal subtotal, BigDecimal discounts, BigDecimal shipping, BigDecimal tax, BigDecimal gross,
                   BigDecimal refunds) {

        static Figures sum(ReportRange range, List<Figures> periods) {
            Figures total = new Figures(range.from(), range.from(), range.to(), 0, 0, 0, money(null), money(null),
                    money(null), money(null), money(null), money(null));
            for (Figures p : periods) {
                total = new Figures(total.period, total.from, total.to, total.orders + p.orders,
                        total.cancelledOrders + p.cancelledOrders, total.itemsSold + p.itemsSold,
                        total.subtotal.add(p.subtotal), total.discounts.add(p.discounts),
                        total.shipping.add(p.shipping), total.tax.add(p.tax), total.gross.add(p.gross),
                        total.refunds.add(p.refunds));
            }
            return total;
        }

        BigDecimal net() {
            return gross.subtract(refunds);
        }

        SalesPeriodView sales() {
            return new SalesPeriodView(period, from, to, orders, cancelledOrders, itemsSold, gross, refunds, net(),
                    average(gross, orders));
        }

        RevenuePeriodView revenue() {
            return new RevenuePeriodView(period, from, to, orders, subtotal, discounts, shipping, tax, gross, refunds,
                    net());
        }
    }
}
