package com.skincare.shop.command.coupons;

import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.command.CouponUsageIds;
import com.skincare.shop.command.Sequences;
import org.springframework.stereotype.Component;

/**
 * The coupons' ids, from {@link Sequences}. A sender of {@code RedeemCouponCommand} outside this package (the
 * checkout) takes its usage id through {@link CouponUsageIds}.
 */
@Component
public class CouponIds implements CouponUsageIds {

    public static final String COUPON_SEQUENCE = "coupon_id_seq";
    public static final String USAGE_SEQUENCE = "coupon_usage_id_seq";

    private final Sequences sequences;

    public CouponIds(Sequences sequences) {
        this.sequences = sequences;
    }

    public CouponId nextCouponId() {
        return CouponId.of(sequences.next(COUPON_SEQUENCE));
    }

    @Override
    public long nextUsageId() {
        return sequences.next(USAGE_SEQUENCE);
    }
}
