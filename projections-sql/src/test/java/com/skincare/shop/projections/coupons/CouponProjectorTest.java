package com.skincare.shop.projections.coupons;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CouponCreatedEvent;
import com.skincare.shop.api.coupons.CouponDeletedEvent;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponRedemptionReleasedEvent;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponStatusChangedEvent;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponType;
import com.skincare.shop.api.coupons.CouponUpdatedEvent;
import com.skincare.shop.api.identity.UserDeletedEvent;
import com.skincare.shop.projections.CustomerStream;
import com.skincare.shop.projections.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.skincare.shop.projections.CustomerStream.customerRegistered;
import static org.assertj.core.api.Assertions.assertThat;

class CouponProjectorTest {

    private static final CouponId GLOW = CouponId.of(3);
    private static final CouponId SHIP = CouponId.of(4);
    private static final UserId SOPHEA = UserId.of(7);
    private static final UserId DARA = UserId.of(8);

    private static ScratchDatabase database;
    private static JdbcTemplate sql;
    private CustomerStream customers;
    private CouponStream stream;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.fresh("coupon_projection_test");
        sql = database.jdbc().getJdbcTemplate();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void twoCustomers() {
        sql.execute("DELETE FROM coupons; DELETE FROM users");
        customers = new CustomerStream(database.jdbc())
                .deliver(customerRegistered(7), "2025-06-01T00:00:00Z")
                .deliver(customerRegistered(8), "2025-06-01T00:00:01Z");
        stream = new CouponStream(database.jdbc());
    }


    private static CouponTerms glowTerms() {
        return new CouponTerms(CouponType.PERCENTAGE, new BigDecimal("15.00"), new BigDecimal("20.00"), 10, 2,
                new BigDecimal("30.00"), List.of(5L, 6L), List.of("serums"), true, LocalDate.parse("2025-06-01"),
                LocalDate.parse("2025-06-30"));
    }

    private static CouponTerms shipTerms() {
        return new CouponTerms(CouponType.FREE_SHIPPING, new BigDecimal("0.00"), null, null, 1, null, List.of(),
                List.of(), false, null, null);
    }

    private static CouponRedeemedEvent redeemed(CouponId coupon, long usage, UserId user, long order, String amount,
                                                int usedCount) {
        return new CouponRedeemedEvent(coupon, usage, user, order, new BigDecimal(amount), false, List.of(5L),
                usedCount);
    }

    private static List<String> coupons() {
        return sql.queryForList("SELECT concat_ws(' | ', id, code, name, coalesce(description, '-'), type, value,"
                + " coalesce(max_discount::text, '-'), coalesce(usage_limit::text, '-'), used_count,"
                + " usage_limit_per_user, coalesce(min_order_value::text, '-'),"
                + " coalesce(applicable_products::text, '-'), coalesce(applicable_categories::text, '-'), status,"
                + " is_first_time_only, coalesce(start_date::text, '-'), coalesce(end_date::text, '-'), created_at,"
                + " updated_at) FROM coupons ORDER BY id", String.class);
    }

    private static List<String> usage() {
        return sql.queryForList("SELECT concat_ws(' | ', u.id, u.coupon_id, coalesce(u.user_id::text, '-'),"
                + " coalesce(u.order_id::text, '-'), o.order_id, u.discount_amount, u.used_at) FROM coupon_usage u"
                + " JOIN coupon_usage_orders o ON o.usage_id = u.id ORDER BY u.id", String.class);
    }

    @Test
    void aCouponsRowHoldsItsEventsValues() {
        // 20:15 UTC is already the next day in Phnom Penh: the columns hold the event's time in UTC.
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", "For serums", glowTerms(),
                        CouponStatus.ACTIVE), "2025-05-31T20:15:30.5Z")
                .deliver(new CouponCreatedEvent(SHIP, "SHIPFREE", "Free shipping", null, shipTerms(),
                        CouponStatus.INACTIVE), "2025-06-01T08:00:00Z");

        assertThat(coupons()).containsExactly(
                "3 | GLOW15 | Glow 15 | For serums | percentage | 15.00 | 20.00 | 10 | 0 | 2 | 30.00 | {5,6}"
                        + " | {serums} | active | t | 2025-06-01 | 2025-06-30 | 2025-05-31 | 2025-05-31 20:15:30.5",
                "4 | SHIPFREE | Free shipping | - | free_shipping | 0.00 | - | - | 0 | 1 | - | - | - | inactive"
                        + " | f | - | - | 2025-06-01 | 2025-06-01 08:00:00");
    }

    @Test
    void updatesAndStatusChangesKeepTheCreationDate() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", null, glowTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:00Z")
                .deliver(new CouponUpdatedEvent(GLOW, "GLOW5", "Glow 5", "Five off", shipTerms()),
                        "2025-06-02T00:00:00Z")
                .deliver(new CouponStatusChangedEvent(GLOW, CouponStatus.EXPIRED), "2025-06-03T00:00:00Z");

        assertThat(coupons()).containsExactly("3 | GLOW5 | Glow 5 | Five off | free_shipping | 0.00 | - | - | 0 | 1"
                + " | - | - | - | expired | f | - | - | 2025-06-01 | 2025-06-03 00:00:00");
    }

    @Test
    void aRedemptionIsAUsageRowWithItsOrderBesideItAndAReleaseRemovesIt() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", null, glowTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:00Z")
                .deliver(redeemed(GLOW, 101, SOPHEA, 9001, "4.50", 1), "2025-06-02T10:00:00Z")
                .deliver(redeemed(GLOW, 102, DARA, 9002, "6.00", 2), "2025-06-02T11:00:00Z")
                .deliver(redeemed(GLOW, 103, SOPHEA, 9003, "3.00", 3), "2025-06-02T12:00:00Z")
                .deliver(new CouponRedemptionReleasedEvent(GLOW, 102, DARA, 9002, 2), "2025-06-03T00:00:00Z");

        assertThat(usage()).containsExactly(
                "101 | 3 | 7 | - | 9001 | 4.50 | 2025-06-02 10:00:00",
                "103 | 3 | 7 | - | 9003 | 3.00 | 2025-06-02 12:00:00");
        assertThat(sql.queryForObject("SELECT used_count FROM coupons WHERE id = 3", Integer.class)).isEqualTo(2);
    }

    @Test
    void redeliveredEventsWriteNothingTwice() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", null, glowTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:00Z")
                .deliver(redeemed(GLOW, 101, SOPHEA, 9001, "4.50", 1), "2025-06-02T10:00:00Z")
                .deliver(redeemed(GLOW, 102, DARA, 9002, "6.00", 2), "2025-06-02T11:00:00Z")
                .deliver(new CouponRedemptionReleasedEvent(GLOW, 101, SOPHEA, 9001, 1), "2025-06-03T00:00:00Z");
        List<String> coupons = coupons();
        List<String> usage = usage();

        stream.redeliverAll();

        assertThat(coupons()).isEqualTo(coupons);
        assertThat(usage()).isEqualTo(usage).hasSize(1);
    }

    @Test
    void aDeletedCouponsRowIsGone() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", null, glowTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:00Z")
                .deliver(new CouponCreatedEvent(SHIP, "SHIPFREE", "Free", null, shipTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:01Z")
                .deliver(new CouponDeletedEvent(GLOW, "GLOW15"), "2025-06-02T00:00:00Z");

        assertThat(sql.queryForList("SELECT id FROM coupons", Long.class)).containsExactly(4L);
    }

    @Test
    void aDeletedCustomersUsesKeepNoUserBeforeAndAfterAReplay() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", null, glowTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:00Z")
                .deliver(redeemed(GLOW, 101, DARA, 9001, "4.50", 1), "2025-06-02T10:00:00Z");
        customers.deliver(new UserDeletedEvent(DARA), "2025-06-05T00:00:00Z");
        assertThat(usage()).containsExactly("101 | 3 | - | - | 9001 | 4.50 | 2025-06-02 10:00:00");

        stream.reset();
        stream.replay();

        assertThat(usage()).containsExactly("101 | 3 | - | - | 9001 | 4.50 | 2025-06-02 10:00:00");
    }

    @Test
    void resetClearsBothTablesAndAReplayRebuildsThemRowForRow() {
        stream.deliver(new CouponCreatedEvent(GLOW, "GLOW15", "Glow 15", "For serums", glowTerms(),
                        CouponStatus.ACTIVE), "2025-06-01T00:00:00.123456Z")
                .deliver(new CouponCreatedEvent(SHIP, "SHIPFREE", "Free", null, shipTerms(), CouponStatus.ACTIVE),
                        "2025-06-01T00:00:01Z")
                .deliver(redeemed(GLOW, 101, SOPHEA, 9001, "4.50", 1), "2025-06-02T10:00:00Z")
                .deliver(redeemed(SHIP, 102, DARA, 9002, "3.50", 1), "2025-06-02T11:00:00Z")
                .deliver(redeemed(GLOW, 103, DARA, 9003, "2.25", 2), "2025-06-02T12:00:00Z")
                .deliver(new CouponRedemptionReleasedEvent(GLOW, 101, SOPHEA, 9001, 1), "2025-06-03T00:00:00Z")
                .deliver(new CouponUpdatedEvent(SHIP, "SHIP", "Free shipping", null, shipTerms()),
                        "2025-06-04T00:00:00Z")
                .deliver(new CouponStatusChangedEvent(GLOW, CouponStatus.INACTIVE), "2025-06-05T00:00:00Z");
        String live = rows();

        stream.reset();
        assertThat(sql.queryForObject("SELECT (SELECT count(*) FROM coupons) + (SELECT count(*) FROM coupon_usage)"
                + " + (SELECT count(*) FROM coupon_usage_orders)", Long.class)).isZero();

        stream.replay();
        assertThat(rows()).isEqualTo(live);
    }

    /** Every row of the three tables as JSON text, in a fixed order: equal text means equal rows. */
    private static String rows() {
        return String.join("\n", sql.queryForList("SELECT to_jsonb(t)::text FROM coupons t ORDER BY id", String.class))
                + "\n" + String.join("\n", sql.queryForList(
                "SELECT to_jsonb(t)::text FROM coupon_usage t ORDER BY id", String.class))
                + "\n" + String.join("\n", sql.queryForList(
                "SELECT to_jsonb(t)::text FROM coupon_usage_orders t ORDER BY usage_id", String.class));
    }
}
