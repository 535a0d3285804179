package com.skincare.shop.command.coupons;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.command.CouponDirectory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The coupons' answer to other contexts' handlers: the code's owner from the code claims, its standing from the
 * Coupon aggregate itself, loaded in the caller's unit of work, since the read model may lag behind a coupon that
 * was just used up or switched off.
 */
@Component
public class AggregateCouponDirectory implements CouponDirectory {

    private final JdbcCouponLookup lookup;
    /** Axon builds the repository after the handlers' resources, so it is fetched when first needed. */
    private final ObjectProvider<Repository<Coupon>> coupons;

    public AggregateCouponDirectory(JdbcCouponLookup lookup, ObjectProvider<Repository<Coupon>> coupons) {
        this.lookup = lookup;
        this.coupons = coupons;
    }

    @Override
    public Optional<CouponId> couponOf(String code) {
        return lookup.couponOf(code).map(CouponId::of);
    }

    @Override
    public Optional<Standing> standing(String code, UserId customer, LocalDate today) {
        return couponOf(code)
                .map(coupon -> coupons.getObject().load(coupon.toString())
                        .invoke(loaded -> loaded.standing(customer, today)));
    }

    @Override
    public Optional<CouponDecision> decide(CouponId coupon, UserId customer, CheckoutBasket basket, LocalDate today,
                                           boolean firstOrder) {
        try {
            return coupons.getObject().load(coupon.toString())
                    .invoke(loaded -> loaded.decide(customer, basket, today, firstOrder));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
