package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The order in the answer to {@code POST /api/v1/orders}, in the documented {@code orders} and
 * {@code order_items} column names, made from the order's own events so it is there before any read model has
 * it. {@code status_url} is where the customer reads it later ({@code GET /api/v1/orders/{id}}).
 */
public record OrderAnswer(
        long id,
        String orderNumber,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfillmentStatus fulfillmentStatus,
        String customerName,
        String customerEmail,
        List<Line> items,
        BigDecimal subtotal,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal discountAmount,
        BigDecimal total,
        String couponCode,
        OrderAddress shippingAddress,
        OrderAddress billingAddress,
        String notes,
        Instant createdAt,
        String statusUrl) {

    public record Line(long productId, String productName, String productSku, int quantity, BigDecimal unitPrice,
                       BigDecimal totalPrice) {
    }

    static String statusUrl(long orderId) {
        return "/api/v1/orders/" + orderId;
    }

    static OrderAnswer of(OrderOutcome outcome) {
        OrderPlacedEvent placed = outcome.placed();
        OrderStatus status = placed.status();
        PaymentStatus payment = placed.paymentStatus();
        OrderTotals totals = placed.totals();
        if (outcome.confirmed() != null) {
            status = outcome.confirmed().status();
            totals = outcome.confirmed().totals();
        } else if (outcome.rejected() != null) {
            status = outcome.rejected().status();
            payment = outcome.rejected().paymentStatus();
        }
        long id = placed.orderId().value();
        return new OrderAnswer(id, placed.orderNumber(), status, payment, placed.fulfillmentStatus(),
                placed.customerName(), placed.customerEmail(), placed.items().stream().map(OrderAnswer::line).toList(),
                totals.subtotal(), totals.tax(), totals.shipping(), totals.discount(), totals.total(),
                placed.couponCode(), placed.shippingAddress(), placed.billingAddress(), placed.notes(),
                placed.placedAt(), statusUrl(id));
    }

    private static Line line(OrderItem item) {
        return new Line(item.productId().value(), item.nameEn(), item.sku(), item.quantity(),
                item.unitPrice().setScale(2, RoundingMode.HALF_UP), item.totalPrice());
    }
}
