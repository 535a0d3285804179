package com.skincare.shop.api.coupons;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Uses the coupon for an order, as the checkout does: the aggregate checks every rule again against its own count
 * of redemptions, so two orders racing for the last use cannot both have it. Answers a {@link CouponRedemption}.
 * Redeeming again for an order that already holds a redemption records nothing and answers that redemption.
 *
 * @param usageId    the documented {@code coupon_usage.id} this redemption becomes, allocated by the sender
 * @param basket     the order's lines and shipping fee
 * @param today      the day in the shop's zone ({@link CouponPolicy#today})
 * @param firstOrder whether the customer has no order before this one
 */
public record RedeemCouponCommand(
        @TargetAggregateIdentifier CouponId couponId,
        long usageId,
        UserId userId,
        long orderId,
        CheckoutBasket basket,
        LocalDate today,
        boolean firstOrder) {
}
