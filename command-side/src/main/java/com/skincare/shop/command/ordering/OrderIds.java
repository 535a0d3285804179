package com.skincare.shop.command.ordering;

import com.skincare.shop.api.coupons.CouponPolicy;
import com.skincare.shop.api.ordering.OrderId;
import com.skincare.shop.command.Sequences;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The orders' ids, from {@link Sequences}, and their readable numbers: {@code SK-}, the day the order is placed in
 * the shop's zone, and the id in at least six digits, {@code SK-20261201-000123}. The id makes the number unique;
 * the day makes it readable to a customer on the phone.
 */
@Component
public class OrderIds {

    public static final String ORDER_SEQUENCE = "order_id_seq";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Sequences sequences;

    public OrderIds(Sequences sequences) {
        this.sequences = sequences;
    }

    public OrderId nextOrderId() {
        return OrderId.of(sequences.next(ORDER_SEQUENCE));
    }

    public static String orderNumber(OrderId orderId, Instant placedAt) {
        return "SK-" + LocalDate.ofInstant(placedAt, CouponPolicy.SHOP_ZONE).format(DAY)
                + "-" + String.format("%06d", orderId.value());
    }
}
