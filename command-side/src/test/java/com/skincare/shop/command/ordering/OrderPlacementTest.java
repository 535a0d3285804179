package com.skincare.shop.command.ordering;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.ordering.CheckOutCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.skincare.shop.command.ordering.OrderFixtures.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

/** What makes a retried checkout the same request under its Idempotency-Key. */
class OrderPlacementTest {

    private static CheckOutCommand checkout(List<CheckOutCommand.Item> items, String coupon, String key,
                                            Instant at) {
        return new CheckOutCommand(UserId.of(5), items, ADDRESS, null, coupon, "Leave at the gate", key, at);
    }

    private static final List<CheckOutCommand.Item> TWO_SERUMS = List.of(new CheckOutCommand.Item(42L, 2));
    private static final Instant NOW = Instant.parse("2026-12-01T03:15:00Z");

    @Test
    void aRetryIsTheSameRequestWhateverItsTimeOrKey() {
        assertThat(OrderPlacement.fingerprint(checkout(TWO_SERUMS, "glow15", "a", NOW)))
                .isEqualTo(OrderPlacement.fingerprint(checkout(TWO_SERUMS, " GLOW15 ", "b", NOW.plusSeconds(30))));
    }

    @Test
    void anotherQuantityCouponOrTheCartIsAnotherRequest() {
        String first = OrderPlacement.fingerprint(checkout(TWO_SERUMS, "glow15", "a", NOW));
        assertThat(OrderPlacement.fingerprint(checkout(List.of(new CheckOutCommand.Item(42L, 3)), "glow15", "a", NOW)))
                .isNotEqualTo(first);
        assertThat(OrderPlacement.fingerprint(checkout(TWO_SERUMS, "other", "a", NOW))).isNotEqualTo(first);
        assertThat(OrderPlacement.fingerprint(checkout(null, "glow15", "a", NOW))).isNotEqualTo(first);
    }
}
