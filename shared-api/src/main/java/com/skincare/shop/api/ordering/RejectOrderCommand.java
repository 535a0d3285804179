package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turns a pending order down, after the checkout gave back what it had taken. Rejecting a rejected order records
 * nothing.
 *
 * @param reasonCode the refusal's code, e.g. {@code INSUFFICIENT_STOCK}, {@code COUPON_USED_UP}
 */
public record RejectOrderCommand(@TargetAggregateIdentifier OrderId orderId, String reasonCode, String message) {
}
