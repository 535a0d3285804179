package com.skincare.shop.command.coupons;

import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.command.Sequences;
import org.springframework.stereotype.Component;

/**
 * The coupons' ids, from {@link Sequences}. A sender of {@code RedeemCouponCommand} outside this package (the
 * checkout) takes a usage id from {@value #USAGE_SEQUENCE} the same way.
 */
@Component
public class CouponIds {

    public static final String COUPON_SEQUENCE = "coupon_id_seq";
    public static final String USAGE_SEQUENCE = "coupon_usage_id_seq";

    private final Sequences sequences;

    public CouponIds(Sequences sequences) {
        this.sequences = sequences;
    }

    public CouponId nextCouponId() {
        return CouponId.of(sequences.next(COUPON_SEQUENCE));
    }

    public long nextUsageId() {
        return sequences.next(USAGE_SEQUENCE);
    }
}
