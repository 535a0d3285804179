package com.skincare.shop.api.coupons;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_ALREADY_USED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_EXPIRED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_INACTIVE;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_NOT_STARTED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_USED_UP;
import static com.skincare.shop.api.coupons.CouponRefusalCode.FIRST_ORDER_ONLY;
import static com.skincare.shop.api.coupons.CouponRefusalCode.MIN_ORDER_NOT_MET;
import static com.skincare.shop.api.coupons.CouponRefusalCode.NOT_APPLICABLE;

/**
 * Every rule of a coupon, as one pure function of its terms, the basket, the day and the facts of its use. The
 * Coupon aggregate decides a redemption with it and the query side a customer's "validate" and "available", so
 * both give the same answer; it uses nothing but the JDK.
 * <p>
 * The first rule broken is the answer, in this order: status, dates, the overall limit, the customer's limit,
 * first order only, an empty basket, the minimum order (the whole basket's subtotal, before shipping), and
 * whether any line qualifies. The discount is worked out on the qualifying lines' subtotal as one amount:
 * a percentage of it rounded once to two decimals, halves up; a fixed amount; or the shipping fee. It never
 * exceeds what it applies to (those lines, or the fee), nor {@code max_discount}.
 */
public final class CouponPolicy {

    /** The shop's customers are in Cambodia: its days, and so a coupon's start and end dates, are Phnom Penh's. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Phnom_Penh");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CouponPolicy() {
    }

    /** Today in the shop's zone, the day a coupon's dates are compared with. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(SHOP_ZONE));
    }

    public static CouponDecision evaluate(CouponTerms terms, CheckoutBasket basket, LocalDate today,
                                          CouponFacts facts) {
        Optional<CouponDecision.Refusal> standing = admits(terms, today, facts);
        if (standing.isPresent()) {
            return standing.get();
        }
        if (terms.firstTimeOnly() && !facts.firstOrder()) {
            return refuse(FIRST_ORDER_ONLY, "This coupon is for a first order only");
        }
        if (basket.lines().isEmpty()) {
            return refuse(NOT_APPLICABLE, "There is nothing in the cart to apply this coupon to");
        }
        BigDecimal subtotal = basket.subtotal();
        if (terms.minOrderValue() != null && subtotal.compareTo(terms.minOrderValue()) < 0) {
            return refuse(MIN_ORDER_NOT_MET, "This coupon needs an order of at least "
                    + Money.of(terms.minOrderValue()) + "; the cart comes to " + subtotal);
        }
        List<CheckoutBasket.Line> lines = basket.lines().stream().filter(line -> qualifies(terms, line)).toList();
        if (lines.isEmpty()) {
            return refuse(NOT_APPLICABLE, "This coupon does not apply to anything in the cart");
        }
        BigDecimal base = terms.type() == CouponType.FREE_SHIPPING ? basket.shippingFee()
                : Money.of(lines.stream().map(CheckoutBasket.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal amount = switch (terms.type()) {
            case PERCENTAGE -> Money.of(base.multiply(terms.value()).divide(HUNDRED, Money.SCALE, Money.ROUNDING));
            case FIXED -> Money.of(terms.value());
            case FREE_SHIPPING -> base;
        };
        amount = amount.min(base);
        if (terms.maxDiscount() != null) {
            amount = amount.min(Money.of(terms.maxDiscount()));
        }
        return new CouponDecision.Discount(amount, terms.type() == CouponType.FREE_SHIPPING,
                lines.stream().map(CheckoutBasket.Line::productId).toList());
    }

    /**
     * The rules that do not depend on the basket, in {@link #evaluate}'s order: status, dates, the overall limit
     * and the customer's. A cart applies a coupon when these hold; the rest is decided against the lines.
     */
    public static Optional<CouponDecision.Refusal> admits(CouponTerms terms, LocalDate today, CouponFacts facts) {
        if (facts.status() == CouponStatus.INACTIVE) {
            return Optional.of(refuse(COUPON_INACTIVE, "This coupon is not active"));
        }
        if (facts.status() == CouponStatus.EXPIRED || terms.endDate() != null && today.isAfter(terms.endDate())) {
            return Optional.of(refuse(COUPON_EXPIRED, "This coupon has expired"));
        }
        if (terms.startDate() != null && today.isBefore(terms.startDate())) {
            return Optional.of(refuse(COUPON_NOT_STARTED, "This coupon can be used from " + terms.startDate()));
        }
        if (terms.usageLimit() != null && facts.usedCount() >= terms.usageLimit()) {
            return Optional.of(refuse(COUPON_USED_UP, "This coupon has been used up"));
        }
        if (facts.usedByCustomer() >= terms.usageLimitPerUser()) {
            return Optional.of(refuse(COUPON_ALREADY_USED, terms.usageLimitPerUser() == 1
                    ? "You have already used this coupon"
                    : "You have already used this coupon " + terms.usageLimitPerUser() + " times"));
        }
        return Optional.empty();
    }

    private static boolean qualifies(CouponTerms terms, CheckoutBasket.Line line) {
        if (!terms.restricted()) {
            return true;
        }
        return terms.applicableProducts().contains(line.productId())
                || terms.applicableCategories().stream().anyMatch(line.categories()::contains);
    }

    private static CouponDecision.Refusal refuse(CouponRefusalCode code, String reason) {
        return new CouponDecision.Refusal(code, reason);
    }
}
