package com.skincare.shop.command;

import java.util.Optional;

/** Which coupon a code names, for a context that takes codes from customers (the checkout). */
public interface CouponCodes {

    /** The coupon that owns {@code code}, compared without regard to case or surrounding spaces. */
    Optional<Long> couponOf(String code);
}
