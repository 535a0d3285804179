package com.skincare.shop.command.ordering;

import com.skincare.shop.api.cart.CheckoutPricing;
import com.skincare.shop.api.ordering.OrderPricingTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * {@code shop.checkout.*} as the command side reads it: the prices an order is placed with (the same keys and
 * defaults as the cart's on the query side, so an order charges what the cart showed), and how long
 * {@code POST /api/v1/orders} waits for the checkout's decision before it answers 202.
 *
 * @param answerWait 5s by default; the checkout normally decides within a few tens of milliseconds
 */
@ConfigurationProperties("shop.checkout")
public record OrderingProperties(BigDecimal shippingFee, BigDecimal freeShippingOver, BigDecimal taxRate,
                                 Duration answerWait) {

    public OrderingProperties {
        shippingFee = shippingFee == null ? new BigDecimal("2.50") : shippingFee;
        freeShippingOver = freeShippingOver == null ? new BigDecimal("50.00") : freeShippingOver;
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
        answerWait = answerWait == null ? Duration.ofSeconds(5) : answerWait;
        if (answerWait.isNegative()) {
            throw new IllegalArgumentException("shop.checkout.answer-wait must not be negative, was " + answerWait);
        }
        // Fails the start on a negative fee or a tax rate above 1, as the query side's does.
        new CheckoutPricing(shippingFee, freeShippingOver, taxRate);
    }

    public OrderPricingTerms pricingTerms() {
        return new OrderPricingTerms(shippingFee, freeShippingOver, taxRate);
    }

    /** The same prices as the arithmetic the Order aggregate and the cart use. */
    public CheckoutPricing pricing() {
        return new CheckoutPricing(shippingFee, freeShippingOver, taxRate);
    }
}
