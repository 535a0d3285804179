package com.skincare.shop.query.ordering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.skincare.shop.api.common.PageRequest;
import com.skincare.shop.api.common.ResultPage;
import com.skincare.shop.api.common.SortDirection;
import com.skincare.shop.api.ordering.FindOrderQuery;
import com.skincare.shop.api.ordering.FindOrdersQuery;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderFilter;
import com.skincare.shop.api.ordering.OrderItemView;
import com.skincare.shop.api.ordering.OrderRefundView;
import com.skincare.shop.api.ordering.OrderSort;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderSummaryView;
import com.skincare.shop.api.ordering.OrderView;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.query.Columns;
import com.skincare.shop.query.LikePatterns;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers the order queries from {@code orders} and {@code order_items}. */
@Component
public class OrderQueryHandler {

    static final int DEFAULT_LIMIT = 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String COLUMNS = """
            o.id, o.order_number, o.user_id, o.customer_name, o.customer_email, o.subtotal, o.tax_amount,
            o.shipping_amount, o.discount_amount, o.total, o.status::text AS status,
            o.payment_status::text AS payment_status, o.fulfillment_status::text AS fulfillment_status,
            o.created_at, o.updated_at""";

    private static final String LINE_COUNTS = """
            (SELECT count(*) FROM order_items i WHERE i.order_id = o.id) AS item_count,
            (SELECT coalesce(sum(i.quantity), 0) FROM order_items i WHERE i.order_id = o.id) AS total_quantity""";

    private final NamedParameterJdbcTemplate jdbc;

    public OrderQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<OrderView> handle(FindOrderQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", query.orderId());
        String owner = "";
        if (query.ownerId() != null) {
            owner = " AND o.user_id = :ownerId";
            parameters.addValue("ownerId", query.ownerId());
        }
        return jdbc.query("SELECT " + COLUMNS + ", o.shipping_address::text AS shipping_address,"
                        + " o.billing_address::text AS billing_address, o.notes, o.tracking_number, o.shipped_at,"
                        + " o.delivered_at FROM orders o WHERE o.id = :id" + owner, parameters,
                (rs, row) -> order(rs, items(rs.getLong("id")), refunds(rs.getLong("id")))).stream().findFirst();
    }

    /** Answers a {@code ResultPage<OrderSummaryView>}; raw for Axon's sake, as the catalog's list handlers. */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    public ResultPage handle(FindOrdersQuery query) {
        return page(query);
    }

    ResultPage<OrderSummaryView> page(FindOrdersQuery query) {
        PageRequest page = query.page() == null ? new PageRequest(1, DEFAULT_LIMIT) : query.page();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit())
                .addValue("offset", page.offset());
        String where = where(query.filter() == null ? OrderFilter.none() : query.filter(), parameters);
        Long total = jdbc.queryForObject("SELECT count(*) FROM orders o" + where, parameters, Long.class);
        List<OrderSummaryView> items = jdbc.query("SELECT " + COLUMNS + ", " + LINE_COUNTS + " FROM orders o"
                + where + " ORDER BY " + orderBy(query.sort(), query.direction()) + " LIMIT :limit OFFSET :offset",
                parameters, this::summary);
        return new ResultPage<>(items, page.page(), page.limit(), total == null ? 0 : total);
    }

    private List<OrderItemView> items(long orderId) {
        return jdbc.query("SELECT id, product_id, product_name, product_sku, quantity, unit_price, total_price,"
                        + " created_at FROM order_items WHERE order_id = :orderId ORDER BY id",
                new MapSqlParameterSource("orderId", orderId), (rs, row) -> new OrderItemView(
                        rs.getLong("id"),
                        rs.getLong("product_id"),
                        rs.getString("product_name"),
                        rs.getString("product_sku"),
                        rs.getInt("quantity"),
                        rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("total_price"),
                        Columns.instant(rs, "created_at")));
    }

    private List<OrderRefundView> refunds(long orderId) {
        return jdbc.query("SELECT refund_number, amount, reason, restocked, created_at FROM order_refunds"
                        + " WHERE order_id = :orderId ORDER BY refund_number",
                new MapSqlParameterSource("orderId", orderId), (rs, row) -> new OrderRefundView(
                        rs.getInt("refund_number"),
                        rs.getBigDecimal("amount"),
                        rs.getString("reason"),
                        rs.getBoolean("restocked"),
                        Columns.instant(rs, "created_at")));
    }

    private static String where(OrderFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.userId() != null) {
            conditions.add("o.user_id = :userId");
            parameters.addValue("userId", filter.userId());
        }
        if (filter.status() != null) {
            conditions.add("o.status = CAST(:status AS order_status)");
            parameters.addValue("status", filter.status().code());
        }
        if (filter.paymentStatus() != null) {
            conditions.add("o.payment_status = CAST(:paymentStatus AS payment_status)");
            parameters.addValue("paymentStatus", filter.paymentStatus().code());
        }
        if (filter.search() != null) {
            conditions.add("(o.order_number ILIKE :search OR o.customer_email ILIKE :search)");
            parameters.addValue("search", LikePatterns.containing(filter.search()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Every order ends on the id, so pages are stable when values tie; {@code created_at} is a date, and the ids
     * follow the order in which orders were placed, so newest first within a day too.
     */
    private static String orderBy(OrderSort sort, SortDirection direction) {
        String dir = direction == SortDirection.ASC ? "ASC" : "DESC";
        String column = switch (sort == null ? OrderSort.CREATED_AT : sort) {
            case CREATED_AT -> "o.created_at";
            case UPDATED_AT -> "o.updated_at";
            case TOTAL -> "o.total";
            case ORDER_NUMBER -> "o.order_number";
        };
        return column + " " + dir + ", o.id " + dir;
    }

    private OrderSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new OrderSummaryView(
                rs.getLong("id"),
                rs.getString("order_number"),
                Columns.nullableLong(rs, "user_id"),
                rs.getString("customer_name"),
                rs.getString("customer_email"),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("tax_amount"),
                rs.getBigDecimal("shipping_amount"),
                rs.getBigDecimal("discount_amount"),
                rs.getBigDecimal("total"),
                code(OrderStatus.values(), OrderStatus::code, rs.getString("status")),
                code(PaymentStatus.values(), PaymentStatus::code, rs.getString("payment_status")),
                code(FulfillmentStatus.values(), FulfillmentStatus::code, rs.getString("fulfillment_status")),
                rs.getInt("item_count"),
                rs.getInt("total_quantity"),
                rs.getObject("created_at", LocalDate.class),
                Columns.instant(rs, "updated_at"));
    }

    private OrderView order(ResultSet rs, List<OrderItemView> items, List<OrderRefundView> refunds)
            throws SQLException {
        return new OrderView(
                rs.getLong("id"),
                rs.getString("order_number"),
                Columns.nullableLong(rs, "user_id"),
                rs.getString("customer_name"),
                rs.getString("customer_email"),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("tax_amount"),
                rs.getBigDecimal("shipping_amount"),
                rs.getBigDecimal("discount_amount"),
                rs.getBigDecimal("total"),
                code(OrderStatus.values(), OrderStatus::code, rs.getString("status")),
                code(PaymentStatus.values(), PaymentStatus::code, rs.getString("payment_status")),
                code(FulfillmentStatus.values(), FulfillmentStatus::code, rs.getString("fulfillment_status")),
                address(rs.getString("shipping_address")),
                address(rs.getString("billing_address")),
                rs.getString("notes"),
                rs.getString("tracking_number"),
                items,
                rs.getObject("created_at", LocalDate.class),
                Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "shipped_at"),
                Columns.instant(rs, "delivered_at"),
                refunds.stream().map(OrderRefundView::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                refunds);
    }

    private static OrderAddress address(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, OrderAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read an order address", e);
        }
    }

    static <E> E code(E[] values, Function<E, String> codeOf, String code) {
        return code == null ? null : Arrays.stream(values).filter(v -> codeOf.apply(v).equals(code)).findFirst()
                .orElse(null);
    }
}
