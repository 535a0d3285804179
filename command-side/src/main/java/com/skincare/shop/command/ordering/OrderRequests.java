package com.skincare.shop.command.ordering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.skincare.shop.api.ordering.FulfillmentStatus;
import com.skincare.shop.api.ordering.OrderStatus;
import com.skincare.shop.api.ordering.PaymentStatus;
import com.skincare.shop.command.BulkOutcome;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the order's after-sale endpoints; the rules between them and the order are the aggregate's. */
final class OrderRequests {

    private OrderRequests() {
    }

    /** {@code POST /api/v1/orders/:id/cancel}, body optional. */
    record Cancel(@Size(max = Order.MAX_REASON) String reason) {
    }

    /** {@code PUT /api/v1/admin/orders/:id/status}; {@code tracking_number} for {@code shipped}. */
    record Status(@NotNull OrderStatus status, @Size(max = Order.MAX_TRACKING_NUMBER) String trackingNumber,
                  @Size(max = Order.MAX_REASON) String reason) {
    }

    /** {@code PUT /api/v1/admin/orders/:id/payment-status}. */
    record Payment(@NotNull PaymentStatus paymentStatus) {
    }

    /** {@code PUT /api/v1/admin/orders/:id/fulfillment-status}. */
    record Fulfillment(@NotNull FulfillmentStatus fulfillmentStatus) {
    }

    /** {@code POST /api/v1/admin/orders/:id/ship}. */
    record Ship(@NotBlank @Size(max = Order.MAX_TRACKING_NUMBER) String trackingNumber) {
    }

    /** {@code POST /api/v1/admin/orders/:id/refund}; without {@code amount}, all that is left. */
    record Refund(@Positive @Digits(integer = 8, fraction = 2) BigDecimal amount,
                  @Size(max = Order.MAX_REASON) String reason,
                  Boolean restock) {

        boolean restocks() {
            return Boolean.TRUE.equals(restock);
        }
    }

    /** {@code POST /api/v1/admin/orders/bulk-update}: the same changes for every order named. */
    record Bulk(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> orderIds,
                OrderStatus status, PaymentStatus paymentStatus, FulfillmentStatus fulfillmentStatus) {

        /** A bulk update that changes nothing is a mistake in the request, not a hundred refusals. */
        @JsonIgnore
        @AssertTrue(message = "status, payment_status or fulfillment_status must be given")
        public boolean isAnyChange() {
            return status != null || paymentStatus != null || fulfillmentStatus != null;
        }
    }
}
