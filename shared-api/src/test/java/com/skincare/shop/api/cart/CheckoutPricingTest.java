package com.skincare.shop.api.cart;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckoutPricingTest {

    private static final CheckoutPricing SHOP = new CheckoutPricing(new BigDecimal("2.50"), new BigDecimal("50.00"),
            BigDecimal.ZERO);

    private static CheckoutLine line(String price, int quantity) {
        return new CheckoutLine(new BigDecimal(price), quantity);
    }

    private static CheckoutTotals totals(int items, String subtotal, String shipping, String tax, String total) {
        return new CheckoutTotals(items, new BigDecimal(subtotal), new BigDecimal(shipping), new BigDecimal(tax),
                new BigDecimal(total));
    }

    @Test
    void aSmallCartPaysTheFlatShippingFee() {
        assertThat(SHOP.totals(List.of(line("14.50", 2), line("9.90", 1))))
                .isEqualTo(totals(3, "38.90", "2.50", "0.00", "41.40"));
    }

    @Test
    void aSubtotalOfAtLeastTheThresholdShipsFree() {
        assertThat(SHOP.totals(List.of(line("25.00", 2)))).isEqualTo(totals(2, "50.00", "0.00", "0.00", "50.00"));
        assertThat(SHOP.totals(List.of(line("49.99", 1)))).isEqualTo(totals(1, "49.99", "2.50", "0.00", "52.49"));
    }

    @Test
    void anEmptyCartCostsNothing() {
        assertThat(SHOP.totals(List.of())).isEqualTo(totals(0, "0.00", "0.00", "0.00", "0.00"));
    }

    @Test
    void taxIsOnTheSubtotalRoundedHalfUpToCents() {
        CheckoutPricing vat = new CheckoutPricing(new BigDecimal("2.50"), new BigDecimal("50.00"),
                new BigDecimal("0.10"));
        // 10% of 12.45 is 1.245: half up makes it 1.25.
        assertThat(vat.totals(List.of(line("12.45", 1)))).isEqualTo(totals(1, "12.45", "2.50", "1.25", "16.20"));
        assertThat(vat.totals(List.of(line("30.00", 2)))).isEqualTo(totals(2, "60.00", "0.00", "6.00", "66.00"));
    }

    @Test
    void aLineIsItsPriceTimesItsQuantityInCents() {
        assertThat(line("3.335", 3).lineTotal()).isEqualTo(new BigDecimal("10.01"));
        assertThat(line("14.5", 2).lineTotal()).isEqualTo(new BigDecimal("29.00"));
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new CheckoutPricing(new BigDecimal("-1"), BigDecimal.TEN, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckoutPricing(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("10")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1.00", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
