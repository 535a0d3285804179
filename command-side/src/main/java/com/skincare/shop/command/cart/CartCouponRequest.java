package com.skincare.shop.command.cart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/cart/apply-coupon}: the code as the customer typed it, in any case. */
public record CartCouponRequest(@NotBlank @Size(max = 50) String code) {
}
