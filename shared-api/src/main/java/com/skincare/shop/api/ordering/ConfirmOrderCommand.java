package com.skincare.shop.api.ordering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Confirms a pending order once its stock is reserved and its coupon redeemed. Confirming a confirmed order
 * records nothing.
 *
 * @param discount      what the coupon's redemption takes off, or null without a coupon
 * @param couponUsageId the redemption's {@code coupon_usage.id}, or null without a coupon
 */
public record ConfirmOrderCommand(@TargetAggregateIdentifier OrderId orderId, BigDecimal discount,
                                  Long couponUsageId) {
}
