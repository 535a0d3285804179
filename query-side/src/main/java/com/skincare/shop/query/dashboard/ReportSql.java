package com.skincare.shop.query.dashboard;

import com.skincare.shop.api.dashboard.Granularity;
import com.skincare.shop.api.dashboard.ReportRange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every report's SQL shares: which orders count, when an order was placed, and the periods of a range.
 * <p>
 * {@code orders.created_at} is a DATE (the documented schema), the UTC day of the placing, too coarse for days in
 * Phnom Penh (UTC+7). The exact time of the placing is every line's {@code order_items.created_at}, the
 * {@code OrderPlacedEvent}'s timestamp, the same on every line of an order: lines of the range (read migration
 * V10's index) are the lines of the orders of the range. The UTC day narrows the orders through
 * {@code idx_orders_created_at}.
 */
final class ReportSql {

    /** Confirmed by the checkout and not cancelled: their totals are revenue, their refunds subtract from it. */
    static final String SOLD = "('confirmed', 'processing', 'shipped', 'delivered', 'refunded')";

    /** Orders that still stand, as {@code users.total_spent} counts them: a wholly refunded order no longer sold. */
    static final String STANDING = "('confirmed', 'processing', 'shipped', 'delivered')";

    /** Orders placed in the range, whatever their status, with their units and the shop's local time of placing. */
    static final String PLACED = """
            placed AS (
                SELECT o.id, o.user_id, o.status::text AS status, o.subtotal, o.discount_amount, o.shipping_amount,
                       o.tax_amount, o.total, sum(i.quantity) AS units,
                       (min(i.created_at) AT TIME ZONE 'UTC') AT TIME ZONE :zone AS placed_local
                  FROM orders o
                  JOIN order_items i ON i.order_id = o.id
                 WHERE o.created_at BETWEEN :startDate AND :endDate
                   AND i.created_at >= :start AND i.created_at < :end
                 GROUP BY o.id)""";

    /** Every period of the range, as the first day of each, including those without a sale. */
    static final String PERIODS = """
            periods AS (
                SELECT CAST(p AS date) AS period,
                       greatest(CAST(p AS date), :from) AS period_from,
                       least(CAST(p + CAST(:step AS interval) - interval '1 day' AS date), :to) AS period_to
                  FROM generate_series(date_trunc(:unit, CAST(:from AS timestamp)),
                                       date_trunc(:unit, CAST(:to AS timestamp)), CAST(:step AS interval)) p)""";

    private ReportSql() {
    }

    /** A local time's period, as the first day of it. */
    static String periodOf(String localTime) {
        return "CAST(date_trunc(:unit, " + localTime + ") AS date)";
    }

    /** A stored UTC time as the shop's local time. */
    static String local(String utcColumn) {
        return "((" + utcColumn + " AT TIME ZONE 'UTC') AT TIME ZONE :zone)";
    }

    static MapSqlParameterSource parameters(ReportRange range) {
        return parameters(range, Granularity.DAY);
    }

    static MapSqlParameterSource parameters(ReportRange range, Granularity granularity) {
        return new MapSqlParameterSource()
                .addValue("zone", ReportRange.SHOP_ZONE.getId())
                .addValue("from", range.from())
                .addValue("to", range.to())
                .addValue("start", range.startUtc())
                .addValue("end", range.endUtc())
                .addValue("startDate", range.startUtc().toLocalDate())
                .addValue("endDate", range.endUtc().toLocalDate())
                .addValue("unit", granularity.code())
                .addValue("step", "1 " + granularity.code());
    }

    static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Gross per order, 0.00 without orders. */
    static BigDecimal average(BigDecimal gross, long orders) {
        return orders == 0 ? money(BigDecimal.ZERO) : gross.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }
}
