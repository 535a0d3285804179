package com.skincare.shop.command;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the command handlers of contexts that take coupons (the cart, the checkout) may know of one without
 * reaching into the coupons: the coupons answer it, from their code claims and the Coupon aggregate as it stands.
 */
public interface CouponDirectory {

    /** The coupon that owns {@code code}, compared without regard to case or surrounding spaces. */
    Optional<CouponId> couponOf(String code);

    /**
     * The coupon a code names, upper or lower case, and whether its status, dates and limits let {@code customer}
     * use it on {@code today}; empty when no coupon has the code. Only for command handlers: it loads the coupon
     * in the handler's unit of work.
     */
    Optional<Standing> standing(String code, UserId customer, LocalDate today);

    /**
     * What the coupon would decide for this basket, as its aggregate stands now, or empty when no coupon has the
     * id any more: the checkout's answer before an order is placed. The saga's redemption decides for real.
     */
    Optional<CouponDecision> decide(CouponId coupon, UserId customer, CheckoutBasket basket, LocalDate today,
                                    boolean firstOrder);

    /** @param refusal null when the coupon may be used, as far as the basket does not decide it */
    record Standing(CouponId couponId, String code, CouponDecision.Refusal refusal) {
    }
}
