package com.skincare.shop.projections.ordering;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderAddress;
import com.skincare.shop.api.ordering.OrderConfirmedEvent;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.ordering.OrderRejectedEvent;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.OrderTotals;
import com.skincare.shop.api.ordering.PaymentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Order events as the checkout records them, for the tests of the orders' read model. */
public final class OrderEvents {

    public static final OrderAddress ADDRESS = new OrderAddress("Sokha", "Chan", null, "12 Street 271", null,
            "Phnom Penh", null, "12000", "KH", "+85512345678");

    private OrderEvents() {
    }

    public static OrderItem item(long product, int quantity, String unitPrice) {
        return new OrderItem(ProductId.of(product), quantity, "Product " + product, "SKU-" + product,
                new BigDecimal(unitPrice), Set.of("serums"));
    }

    /** Placed with a 2.50 shipping fee and no tax; the discount comes with the confirmation. */
    public static OrderPlacedEvent placed(long order, long user, String email, List<OrderItem> items) {
        BigDecimal subtotal = items.stream().map(OrderItem::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = new BigDecimal("2.50");
        return new OrderPlacedEvent(OrderId.of(order), "SK-20250602-" + String.format("%06d", order),
                UserId.of(user), "Sokha Chan", email, items, ADDRESS, null, null, null, "Leave at the door",
                new OrderTotals(subtotal, new BigDecimal("0.00"), shipping, new BigDecimal("0.00"),
                        subtotal.add(shipping)),
                false, OrderStatus.PENDING, PaymentStatus.PENDING, FulfillmentStatus.UNFULFILLED,
                Instant.parse("2025-06-02T10:00:00Z"));
    }

    public static OrderConfirmedEvent confirmed(OrderPlacedEvent placed, String discount) {
        OrderTotals totals = placed.totals();
        BigDecimal off = new BigDecimal(discount);
        return new OrderConfirmedEvent(placed.orderId(), new OrderTotals(totals.subtotal(), off, totals.shipping(),
                totals.tax(), totals.total().subtract(off)), off.signum() == 0 ? null : 31L, OrderStatus.CONFIRMED);
    }

    public static OrderRejectedEvent rejected(OrderPlacedEvent placed) {
        return new OrderRejectedEvent(placed.orderId(), "INSUFFICIENT_STOCK", "Not enough stock",
                OrderStatus.CANCELLED, PaymentStatus.FAILED);
    }
}
