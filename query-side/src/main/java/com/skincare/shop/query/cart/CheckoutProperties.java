package com.skincare.shop.query.cart;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * {@code shop.checkout.*}: what a cart shows it will cost beside its products.
 *
 * @param shippingFee      the flat shipping fee, 2.50 by default
 * @param freeShippingOver a subtotal of at least this ships free, 50.00 by default
 * @param taxRate          added on top of the subtotal, as a fraction (0.10 for 10% VAT); 0 by default, since the
 *                         shop's prices are shelf prices that already include VAT, as Cambodian retail shows them
 */
@ConfigurationProperties("shop.checkout")
public record CheckoutProperties(BigDecimal shippingFee, BigDecimal freeShippingOver, BigDecimal taxRate) {

    public CheckoutProperties {
        shippingFee = shippingFee == null ? new BigDecimal("2.50") : shippingFee;
        freeShippingOver = freeShippingOver == null ? new BigDecimal("50.00") : freeShippingOver;
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
    }
}
