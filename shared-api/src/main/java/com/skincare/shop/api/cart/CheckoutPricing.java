package com.skincare.shop.api.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The shop's prices for a checkout, pure arithmetic so that the cart shows exactly what an order will charge:
 * the subtotal of the lines, a flat shipping fee that a subtotal of at least {@code freeShippingOver} does not
 * pay (nor does an empty checkout, which ships nothing), and tax at {@code taxRate} on the subtotal. Every amount
 * is rounded half up to two decimals where it is computed, so the parts always add up to the total shown.
 */
public final class CheckoutPricing {

    private static final int CENTS = 2;

    private final BigDecimal shippingFee;
    private final BigDecimal freeShippingOver;
    private final BigDecimal taxRate;

    /**
     * @param taxRate a fraction, 0.10 for 10%; 0 when the prices already include the tax
     */
    public CheckoutPricing(BigDecimal shippingFee, BigDecimal freeShippingOver, BigDecimal taxRate) {
        this.shippingFee = money(notNegative(shippingFee, "shippingFee"));
        this.freeShippingOver = money(notNegative(freeShippingOver, "freeShippingOver"));
        this.taxRate = notNegative(taxRate, "taxRate");
        if (taxRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("taxRate is a fraction and must be at most 1, was " + taxRate);
        }
    }

    public CheckoutTotals totals(List<CheckoutLine> lines) {
        BigDecimal subtotal = money(BigDecimal.ZERO);
        int itemCount = 0;
        for (CheckoutLine line : lines) {
            subtotal = subtotal.add(line.lineTotal());
            itemCount = Math.addExact(itemCount, line.quantity());
        }
        BigDecimal shipping = lines.isEmpty() || subtotal.compareTo(freeShippingOver) >= 0
                ? money(BigDecimal.ZERO) : shippingFee;
        BigDecimal tax = money(subtotal.multiply(taxRate));
        return new CheckoutTotals(itemCount, subtotal, shipping, tax, subtotal.add(shipping).add(tax));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_UP);
    }

    private static BigDecimal notNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
