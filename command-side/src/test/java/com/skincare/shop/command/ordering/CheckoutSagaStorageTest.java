package com.skincare.shop.command.ordering;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout still waiting (its compensation failed and is to be retried) is kept in the saga store as JSON by
 * the event store's plain Jackson mapper; it must come back holding what it held.
 */
class CheckoutSagaStorageTest {

    private static final ObjectMapper EVENT_STORE_JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aWaitingCheckoutSurvivesTheSagaStore() throws Exception {
        String stored = "{\"orderId\":123,\"reserved\":[17,42],\"couponHeld\":3}";

        CheckoutSaga saga = EVENT_STORE_JSON.readValue(stored, CheckoutSaga.class);

        assertThat(EVENT_STORE_JSON.readTree(EVENT_STORE_JSON.writeValueAsString(saga)))
                .isEqualTo(EVENT_STORE_JSON.readTree(stored));
    }
}
