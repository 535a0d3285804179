package com.skincare.shop.command.coupons;

import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.command.CommandSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * {@link CouponLookup} on PostgreSQL, in the transaction Axon opened around the command, and which coupon owns a
 * code, from the same table.
 */
@Component
public class JdbcCouponLookup implements CouponLookup {

    private final JdbcTemplate jdbc;
    private final String codes;

    public JdbcCouponLookup(JdbcTemplate jdbc, CommandSchema schema) {
        this.jdbc = jdbc;
        this.codes = schema.qualify("coupon_codes");
    }

    @Override
    public boolean claimCode(CouponId coupon, String code) {
        // The no-op update returns the owner whether the row is new or not, and locks it against a concurrent
        // release; a concurrent claim of the same new code waits on the key until the first one commits or not.
        Long owner = jdbc.queryForObject("INSERT INTO " + codes + " (code, coupon_id) VALUES (?, ?)"
                + " ON CONFLICT (code) DO UPDATE SET coupon_id = " + codes + ".coupon_id"
                + " RETURNING coupon_id", Long.class, code, coupon.value());
        return owner != null && owner == coupon.value();
    }

    @Override
    public void releaseCode(CouponId coupon, String code) {
        jdbc.update("DELETE FROM " + codes + " WHERE code = ? AND coupon_id = ?", code, coupon.value());
    }

    /** The coupon that owns {@code code}, compared without regard to case or surrounding spaces. */
    public Optional<Long> couponOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT coupon_id FROM " + codes + " WHERE code = ?", Long.class,
                code.strip().toUpperCase(Locale.ROOT)).stream().findFirst();
    }
}
