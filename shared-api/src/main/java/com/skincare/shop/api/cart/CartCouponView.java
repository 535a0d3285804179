package com.skincare.shop.api.cart;

import java.math.BigDecimal;

/**
 * The coupon a cart holds and what it does for the cart as it is now: a coupon that applied when it was put on
 * may stop applying when lines change, the coupon is used up or its dates pass, and then it shows why.
 *
 * @param reasonCode null while it applies, else the refusal's code ({@code MIN_ORDER_NOT_MET}, …)
 */
public record CartCouponView(String code, boolean valid, BigDecimal discountAmount, boolean freeShipping,
                             String reason, String reasonCode) {
}
