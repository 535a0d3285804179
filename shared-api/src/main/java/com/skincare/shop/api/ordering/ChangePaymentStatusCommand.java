package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The admin records what became of the payment. The same status again records nothing. */
public record ChangePaymentStatusCommand(@TargetAggregateIdentifier OrderId orderId, PaymentStatus paymentStatus) {
}
