package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.CartConversionView;
import com.skincare.shop.api.dashboard.CustomerPeriodView;
import com.skincare.shop.api.dashboard.CustomerReportView;
import com.skincare.shop.api.dashboard.FindCustomerReportQuery;
import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import com.skincare.shop.api.dashboard.TopCustomerView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static com.skincare.shop.query.dashboard.ReportSql.money;

/**
 * The customer report from {@code users}, {@code orders}, {@code order_items}, {@code order_refunds} and
 * {@code shopping_cart}. A buyer is a customer with an order placed in the period that still stands; they buy
 * for the first time when no order of theirs that stands was placed before the period.
 */
@Component
public class CustomerReportQueryHandler {

    /** Buyers of the range, each with the time of their first standing order ever, in the shop's time. */
    private static final String BUYERS = """
            %1$s,
            bought AS (
                SELECT DISTINCT user_id, placed_local FROM placed WHERE status IN %2$s AND user_id IS NOT NULL),
            firsts AS (
                SELECT o.user_id, %3$s AS first_local
                  FROM orders o
                  JOIN order_items i ON i.order_id = o.id
                 WHERE o.status IN %2$s AND o.user_id IN (SELECT user_id FROM bought)
                 GROUP BY o.user_id)""".formatted(ReportSql.PLACED, ReportSql.STANDING,
            ReportSql.local("min(i.created_at)"));

    private static final String PERIOD_FIGURES = """
            WITH %1$s,
            %2$s,
            joined AS (
                SELECT %3$s AS period, count(*) AS new_customers
                  FROM users u
                 WHERE u.role = 'customer' AND u.created_at >= :start AND u.created_at < :end
                 GROUP BY 1),
            buyers AS (
                SELECT p.period, b.user_id, bool_or(f.first_local >= CAST(p.period_from AS timestamp)) AS first_time
                  FROM bought b
                  JOIN firsts f ON f.user_id = b.user_id
                  JOIN periods p ON p.period = %4$s
                 GROUP BY p.period, b.user_id)
            SELECT p.period, p.period_from, p.period_to, coalesce(j.new_customers, 0) AS new_customers,
                   (SELECT count(*) FROM buyers b WHERE b.period = p.period) AS buyers,
                   (SELECT count(*) FROM buyers b WHERE b.period = p.period AND b.first_time) AS first_time_buyers
              FROM periods p
              LEFT JOIN joined j ON j.period = p.period
             ORDER BY p.period
            """.formatted(BUYERS, ReportSql.PERIODS, ReportSql.periodOf(ReportSql.local("u.created_at")),
            ReportSql.periodOf("b.placed_local"));

    private static final String RANGE_FIGURES = """
            WITH %1$s
            SELECT (SELECT count(*) FROM users u
                     WHERE u.role = 'customer' AND u.created_at >= :start AND u.created_at < :end) AS new_customers,
                   (SELECT count(*) FROM firsts) AS buyers,
                   (SELECT count(*) FROM firsts WHERE first_local >= CAST(:from AS timestamp)) AS first_time_buyers,
                   (SELECT count(DISTINCT c.user_id) FROM shopping_cart c
                     WHERE c.updated_at >= :start AND c.updated_at < :end
                       AND c.user_id NOT IN (SELECT user_id FROM firsts)) AS open_carts
            """.formatted(BUYERS);

    private static final String TOP_CUSTOMERS = """
            WITH %1$s
            SELECT p.user_id, u.first_name, u.last_name, u.email, count(*) AS orders,
                   sum(p.total - (SELECT coalesce(sum(r.amount), 0) FROM order_refunds r WHERE r.order_id = p.id))
                       AS spent
              FROM placed p
              JOIN users u ON u.id = p.user_id
             WHERE p.status IN %2$s
             GROUP BY p.user_id, u.id
             ORDER BY spent DESC, orders DESC, p.user_id
             LIMIT :top
            """.formatted(ReportSql.PLACED, ReportSql.STANDING);

    private final NamedParameterJdbcTemplate jdbc;

    public CustomerReportQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public CustomerReportView handle(FindCustomerReportQuery query) {
        ReportRange range = query.range();
        Granularity granularity = query.granularity();
        List<CustomerPeriodView> periods = jdbc.query(PERIOD_FIGURES, ReportSql.parameters(range, granularity),
                (rs, row) -> period(rs.getObject("period", LocalDate.class),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getLong("new_customers"), rs.getLong("buyers"), rs.getLong("first_time_buyers")));
        RangeFigures whole = whole(range);
        Long customers = jdbc.getJdbcOperations().queryForObject(
                "SELECT count(*) FROM users WHERE role = 'customer'", Long.class);
        return new CustomerReportView(range.from(), range.to(), granularity.code(), ReportRange.SHOP_ZONE.getId(),
                customers == null ? 0 : customers,
                period(range.from(), range.from(), range.to(), whole.newCustomers(), whole.buyers(),
                        whole.firstTimeBuyers()),
                periods, whole.conversion(), topCustomers(range, query.top()));
    }

    RangeFigures whole(ReportRange range) {
        return jdbc.queryForObject(RANGE_FIGURES, ReportSql.parameters(range), (rs, row) -> new RangeFigures(
                rs.getLong("new_customers"), rs.getLong("buyers"), rs.getLong("first_time_buyers"),
                rs.getLong("open_carts")));
    }

    private List<TopCustomerView> topCustomers(ReportRange range, int top) {
        MapSqlParameterSource parameters = ReportSql.parameters(range).addValue("top", top);
        return jdbc.query(TOP_CUSTOMERS, parameters, (rs, row) -> new TopCustomerView(rs.getLong("user_id"),
                name(rs.getString("first_name"), rs.getString("last_name")), rs.getString("email"),
                rs.getLong("orders"), money(rs.getBigDecimal("spent"))));
    }

    private static CustomerPeriodView period(LocalDate period, LocalDate from, LocalDate to, long newCustomers,
                                             long buyers, long firstTime) {
        return new CustomerPeriodView(period, from, to, newCustomers, buyers, firstTime, buyers - firstTime);
    }

    private static String name(String first, String last) {
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }

    /** The range's customer figures; {@code openCarts} are customers with cart lines changed in it and no order. */
    record RangeFigures(long newCustomers, long buyers, long firstTimeBuyers, long openCarts) {

        CartConversionView conversion() {
            long shoppers = buyers + openCarts;
            BigDecimal rate = shoppers == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(buyers).divide(BigDecimal.valueOf(shoppers), 4, RoundingMode.HALF_UP);
            return new CartConversionView(shoppers, buyers, rate);
        }
    }
}
