package com.skincare.shop.api.cart;

/** The cart no longer holds a coupon. A cleared cart loses its coupon with its lines, without this event. */
public record CartCouponRemovedEvent(CartId cartId, long couponId, String code) {
}
