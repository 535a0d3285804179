package com.skincare.shop.api.ordering;

import java.math.BigDecimal;

/**
 * The shop's prices in force when the order is placed (the checkout's {@code shop.checkout.*}), passed in so the
 * order's totals are worked out with the same arithmetic as the cart's and a replay never depends on settings.
 *
 * @param taxRate a fraction, 0.10 for 10%
 */
public record OrderPricingTerms(BigDecimal shippingFee, BigDecimal freeShippingOver, BigDecimal taxRate) {
}
