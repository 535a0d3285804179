package com.skincare.shop.api.cart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's cart, oldest line first, and what its available lines cost now (see {@link CheckoutPricing}),
 * less the discount of the coupon it holds while that coupon applies: {@code total = subtotal + tax + shipping -
 * discount}, the order's arithmetic, so the cart shows what checking it out will cost.
 *
 * @param coupon the coupon the cart holds, or null
 */
public record CartView(List<CartItemView> items, int itemCount, BigDecimal subtotal, BigDecimal discount,
                       BigDecimal shipping, BigDecimal tax, BigDecimal total, CartCouponView coupon) {

    public CartView {
        items = List.copyOf(items);
    }

    public static CartView of(List<CartItemView> items, CheckoutTotals totals, CartCouponView coupon) {
        BigDecimal discount = coupon != null && coupon.valid() ? coupon.discountAmount() : new BigDecimal("0.00");
        return new CartView(items, totals.itemCount(), totals.subtotal(), discount, totals.shipping(), totals.tax(),
                totals.total().subtract(discount), coupon);
    }
}
