package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.util.List;

/** What {@link CouponPolicy} decides for a basket: a {@link Discount}, or a {@link Refusal} that says why not. */
public sealed interface CouponDecision permits CouponDecision.Discount, CouponDecision.Refusal {

    /**
     * The coupon applies.
     *
     * @param amount       what it takes off, two decimals; never more than what it applies to, nor its cap
     * @param freeShipping whether it is a free-shipping coupon ({@code amount} is then the shipping fee)
     * @param appliedTo    the product ids of the lines it applies to, in basket order
     */
    record Discount(BigDecimal amount, boolean freeShipping, List<Long> appliedTo) implements CouponDecision {

        public Discount {
            appliedTo = List.copyOf(appliedTo);
        }
    }

    /** The coupon does not apply, with a sentence for the customer. */
    record Refusal(CouponRefusalCode code, String reason) implements CouponDecision {
    }
}
