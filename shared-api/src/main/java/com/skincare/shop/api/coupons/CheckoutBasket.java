package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a coupon is checked against: the lines of a cart or an order, and the shipping fee.
 *
 * @param lines       at most one per product
 * @param shippingFee what shipping costs for this basket; what a {@code free_shipping} coupon takes off
 */
public record CheckoutBasket(List<Line> lines, BigDecimal shippingFee) {

    public CheckoutBasket {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shippingFee = Money.of(shippingFee == null ? BigDecimal.ZERO : shippingFee);
    }

    /** Everything in the basket before shipping. */
    public BigDecimal subtotal() {
        return Money.of(lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * One product in the basket.
     *
     * @param categories the product's {@code category} text and the slugs of its linked categories, which the
     *                   coupon's {@code applicable_categories} are matched against, without regard to case
     */
    public record Line(long productId, Set<String> categories, BigDecimal unitPrice, int quantity) {

        public Line {
            categories = categories == null ? Set.of() : categories.stream().filter(Objects::nonNull)
                    .map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1");
            }
        }

        public BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
