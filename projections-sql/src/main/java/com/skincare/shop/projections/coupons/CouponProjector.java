package com.skincare.shop.projections.coupons;

import com.skincare.shop.api.coupons.CouponCreatedEvent;
import com.skincare.shop.api.coupons.CouponDeletedEvent;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponRedemptionReleasedEvent;
import com.skincare.shop.api.coupons.CouponStatusChangedEvent;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponUpdatedEvent;
import com.skincare.shop.projections.EventTime;
import com.skincare.shop.projections.SqlArrays;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;

/**
 * Writes the documented {@code coupons} and {@code coupon_usage} from the coupon events: ids, codes and terms from
 * the events, {@code created_at}, {@code updated_at} and {@code used_at} from their timestamps, {@code used_count}
 * as the event says it is now (so a redelivered event writes the same count). Empty applicable lists are NULL:
 * the coupon applies to everything.
 * <p>
 * A usage row is a standing redemption: a release deletes it. Its {@code order_id} stays NULL (orders are not
 * projected yet, and would come on a stream of their own); the order is kept in {@code coupon_usage_orders}. Its
 * {@code user_id} is written only while the customer's {@code users} row exists, which is what the documented
 * {@code ON DELETE SET NULL} would have left for a customer deleted since, so a replay writes the same value.
 */
@ProcessingGroup(CouponProcessing.GROUP)
public class CouponProjector {

    private static final String UPSERT = """
            INSERT INTO coupons (id, code, name, description, type, value, max_discount, usage_limit, used_count,
                                 usage_limit_per_user, min_order_value, applicable_products, applicable_categories,
                                 status, is_first_time_only, start_date, end_date, created_at, updated_at)
            VALUES (:id, :code, :name, :description, CAST(:type AS coupon_type), :value, :maxDiscount, :usageLimit, 0,
                    :perUser, :minOrderValue, CAST(:products AS INTEGER[]), :categories,
                    CAST(:status AS coupon_status), :firstTimeOnly, :startDate, :endDate, :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                code = EXCLUDED.code, name = EXCLUDED.name, description = EXCLUDED.description, type = EXCLUDED.type,
                value = EXCLUDED.value, max_discount = EXCLUDED.max_discount, usage_limit = EXCLUDED.usage_limit,
                usage_limit_per_user = EXCLUDED.usage_limit_per_user, min_order_value = EXCLUDED.min_order_value,
                applicable_products = EXCLUDED.applicable_products,
                applicable_categories = EXCLUDED.applicable_categories, status = EXCLUDED.status,
                is_first_time_only = EXCLUDED.is_first_time_only, start_date = EXCLUDED.start_date,
                end_date = EXCLUDED.end_date, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
            """;

    private static final String UPDATE = """
            UPDATE coupons SET code = :code, name = :name, description = :description, type = CAST(:type AS coupon_type),
                value = :value, max_discount = :maxDiscount, usage_limit = :usageLimit, usage_limit_per_user = :perUser,
                min_order_value = :minOrderValue, applicable_products = CAST(:products AS INTEGER[]),
                applicable_categories = :categories, is_first_time_only = :firstTimeOnly, start_date = :startDate,
                end_date = :endDate, updated_at = :updatedAt
            WHERE id = :id
            """;

    private static final String INSERT_USAGE = """
            INSERT INTO coupon_usage (id, coupon_id, user_id, order_id, discount_amount, used_at)
            VALUES (:id, :couponId, (SELECT id FROM users WHERE id = :userId), NULL, :discountAmount, :usedAt)
            ON CONFLICT (id) DO NOTHING
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public CouponProjector(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(CouponCreatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPSERT, details(event.couponId(), event.code(), event.name(), event.description(), event.terms(),
                timestamp)
                .addValue("status", event.status().code())
                .addValue("createdAt", EventTime.utcDate(timestamp)));
    }

    @EventHandler
    public void on(CouponUpdatedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(UPDATE, details(event.couponId(), event.code(), event.name(), event.description(), event.terms(),
                timestamp));
    }

    @EventHandler
    public void on(CouponStatusChangedEvent event, @Timestamp Instant timestamp) {
        jdbc.update("UPDATE coupons SET status = CAST(:status AS coupon_status), updated_at = :updatedAt"
                + " WHERE id = :id", new MapSqlParameterSource("id", event.couponId().value())
                .addValue("status", event.status().code())
                .addValue("updatedAt", EventTime.utcTimestamp(timestamp)));
    }

    /** Only a coupon without standing redemptions is deleted, so no usage row goes with it. */
    @EventHandler
    public void on(CouponDeletedEvent event) {
        jdbc.update("DELETE FROM coupons WHERE id = :id", new MapSqlParameterSource("id", event.couponId().value()));
    }

    @EventHandler
    public void on(CouponRedeemedEvent event, @Timestamp Instant timestamp) {
        jdbc.update(INSERT_USAGE, new MapSqlParameterSource("id", event.usageId())
                .addValue("couponId", event.couponId().value())
                .addValue("userId", event.userId().value())
                .addValue("discountAmount", event.discountAmount())
                .addValue("usedAt", EventTime.utcTimestamp(timestamp)));
        jdbc.update("INSERT INTO coupon_usage_orders (usage_id, order_id) VALUES (:usageId, :orderId)"
                + " ON CONFLICT (usage_id) DO NOTHING", new MapSqlParameterSource("usageId", event.usageId())
                .addValue("orderId", event.orderId()));
        usedCount(event.couponId(), event.usedCount());
    }

    @EventHandler
    public void on(CouponRedemptionReleasedEvent event) {
        jdbc.update("DELETE FROM coupon_usage WHERE id = :id", new MapSqlParameterSource("id", event.usageId()));
        usedCount(event.couponId(), event.usedCount());
    }

    /** The usage rows and their orders go with their coupons (the documented cascade). */
    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().update("DELETE FROM coupons");
    }

    private void usedCount(CouponId coupon, int usedCount) {
        jdbc.update("UPDATE coupons SET used_count = :usedCount WHERE id = :id",
                new MapSqlParameterSource("id", coupon.value()).addValue("usedCount", usedCount));
    }

    private static MapSqlParameterSource details(CouponId id, String code, String name, String description,
                                                 CouponTerms terms, Instant timestamp) {
        return new MapSqlParameterSource("id", id.value())
                .addValue("code", code)
                .addValue("name", name)
                .addValue("description", description)
                .addValue("type", terms.type().code())
                .addValue("value", terms.value())
                .addValue("maxDiscount", terms.maxDiscount())
                .addValue("usageLimit", terms.usageLimit())
                .addValue("perUser", terms.usageLimitPerUser())
                .addValue("minOrderValue", terms.minOrderValue())
                .addValue("products", terms.applicableProducts().isEmpty() ? null
                        : SqlArrays.bigint(terms.applicableProducts()))
                .addValue("categories", terms.applicableCategories().isEmpty() ? null
                        : SqlArrays.text(terms.applicableCategories()))
                .addValue("firstTimeOnly", terms.firstTimeOnly())
                .addValue("startDate", terms.startDate())
                .addValue("endDate", terms.endDate())
                .addValue("updatedAt", EventTime.utcTimestamp(timestamp));
    }
}
