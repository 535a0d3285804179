package com.skincare.shop.query.ordering;

import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.query.RequestParameters;

import java.util.Optional;

/** The order's status codes as list filters, so a code that is none of them answers 400 naming its parameter. */
final class OrderCodes {

    private OrderCodes() {
    }

    static OrderStatus status(String raw) {
        return RequestParameters.code("status", raw,
                code -> Optional.ofNullable(OrderQueryHandler.code(OrderStatus.values(), OrderStatus::code,
                        code)), OrderStatus.values(), OrderStatus::code);
    }

    static PaymentStatus paymentStatus(String raw) {
        return RequestParameters.code("payment_status", raw,
                code -> Optional.ofNullable(OrderQueryHandler.code(PaymentStatus.values(),
                        PaymentStatus::code, code)), PaymentStatus.values(), PaymentStatus::code);
    }
}
