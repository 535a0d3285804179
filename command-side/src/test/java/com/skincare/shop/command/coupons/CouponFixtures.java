package com.skincare.shop.command.coupons;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponCreatedEvent;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponType;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.RedeemCouponCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Commands, events and collaborators of the coupon's specs, with defaults worth reading. */
final class CouponFixtures {

    static final CouponId COUPON = CouponId.of(3);
    static final UserId SOPHEA = UserId.of(7);
    static final UserId DARA = UserId.of(8);
    static final LocalDate TODAY = LocalDate.parse("2025-06-15");
    /** A serum at 20.00 twice and a toner at 12.50: 52.50, shipping 3.50. */
    static final CheckoutBasket BASKET = new CheckoutBasket(List.of(
            new CheckoutBasket.Line(5, Set.of("serums"), new BigDecimal("20.00"), 2),
            new CheckoutBasket.Line(6, Set.of("toners"), new BigDecimal("12.50"), 1)), new BigDecimal("3.50"));

    private CouponFixtures() {
    }

    /** 10% off everything, at most 10 uses, once per customer, all of June 2025. */
    static CouponTerms tenPercent() {
        return terms(CouponType.PERCENTAGE, "10.00", 10, 1);
    }

    static CouponTerms terms(CouponType type, String value, Integer usageLimit, int perUser) {
        return new CouponTerms(type, new BigDecimal(value), null, usageLimit, perUser, null, List.of(), List.of(),
                false, LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"));
    }

    static CreateCouponCommand create(CouponTerms terms) {
        return new CreateCouponCommand(COUPON, " glow10 ", "Glow 10", "Ten percent off", terms, CouponStatus.ACTIVE);
    }

    static CouponCreatedEvent created(CouponTerms terms) {
        return new CouponCreatedEvent(COUPON, "GLOW10", "Glow 10", "Ten percent off", terms, CouponStatus.ACTIVE);
    }

    static CouponCreatedEvent created() {
        return created(tenPercent());
    }

    static RedeemCouponCommand redeem(long order, UserId customer) {
        return new RedeemCouponCommand(COUPON, 100 + order, customer, order, BASKET, TODAY, false);
    }

    /** 10% of 52.50 is 5.25, on both lines. */
    static CouponRedeemedEvent redeemed(long order, UserId customer, int usedCount) {
        return new CouponRedeemedEvent(COUPON, 100 + order, customer, order, new BigDecimal("5.25"), false,
                List.of(5L, 6L), usedCount);
    }

    /** {@link CouponLookup} in a map; the same promises minus the transactions. */
    static final class InMemoryCouponLookup implements CouponLookup {

        private final Map<String, Long> owners = new HashMap<>();

        @Override
        public boolean claimCode(CouponId coupon, String code) {
            return owners.computeIfAbsent(code, c -> coupon.value()) == coupon.value();
        }

        @Override
        public void releaseCode(CouponId coupon, String code) {
            owners.remove(code, coupon.value());
        }

        Long owner(String code) {
            return owners.get(code);
        }
    }
}
