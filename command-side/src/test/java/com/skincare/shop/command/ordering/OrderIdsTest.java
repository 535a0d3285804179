package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.OrderId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OrderIdsTest {

    @Test
    void anOrderNumberIsTheShopsDayAndTheIdInSixDigits() {
        assertThat(OrderIds.orderNumber(OrderId.of(123), Instant.parse("2026-12-01T03:15:00Z")))
                .isEqualTo("SK-20261201-000123");
    }

    @Test
    void theDayIsPhnomPenhsNotUtcs() {
        assertThat(OrderIds.orderNumber(OrderId.of(7), Instant.parse("2026-11-30T18:30:00Z")))
                .isEqualTo("SK-20261201-000007");
    }

    @Test
    void aLongIdKeepsAllItsDigits() {
        assertThat(OrderIds.orderNumber(OrderId.of(12_345_678), Instant.parse("2026-12-01T03:15:00Z")))
                .isEqualTo("SK-20261201-12345678");
    }
}
