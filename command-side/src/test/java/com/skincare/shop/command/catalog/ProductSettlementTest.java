package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReturnStockCommand;
import com.skincare.shop.api.catalog.SettleStockReservationCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import com.skincare.shop.api.catalog.StockChange;
import com.skincare.shop.api.catalog.StockReservationSettledEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.skincare.shop.api.catalog.StockChangeReason.CANCELLATION;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.api.catalog.StockChangeReason.REFUND;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.catalog.CatalogFixtures.PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.STOCK;
import static com.skincare.shop.command.catalog.CatalogFixtures.productCreated;

/**
 * A shipped order's stock: its reservation is settled without a change of stock and can no longer be released;
 * a refund puts its units back once.
 */
class ProductSettlementTest {

    private static final long ORDER_ID = 9001L;
    private static final long OTHER_ORDER_ID = 9002L;

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogLookup());
    }

    private static StockAdjustedEvent reserved(long orderId, int quantity, int stockAfter) {
        return new StockAdjustedEvent(PRODUCT, -quantity, stockAfter, ORDER, orderId);
    }

    @Nested
    class Settle {

        @Test
        void closesTheReservationWithoutChangingTheStock() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3))
                    .when(new SettleStockReservationCommand(PRODUCT, ORDER_ID))
                    .expectEvents(new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3));
        }

        @Test
        void aSettledReservationCanNoLongerBeReleased() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void settlingTwiceRecordsNothing() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3))
                    .when(new SettleStockReservationCommand(PRODUCT, ORDER_ID))
                    .expectNoEvents();
        }

        @Test
        void aReleasedReservationHasNothingToSettle() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION, ORDER_ID))
                    .when(new SettleStockReservationCommand(PRODUCT, ORDER_ID))
                    .expectNoEvents();
        }

        @Test
        void leavesOtherOrdersReservationsOpen() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3), reserved(OTHER_ORDER_ID, 2, STOCK - 5),
                            new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3))
                    .when(new ReleaseStockCommand(PRODUCT, OTHER_ORDER_ID))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 2, STOCK - 3, CANCELLATION, OTHER_ORDER_ID));
        }
    }

    @Nested
    class ReturnOnRefund {

        @Test
        void putsTheUnitsBackAsARefund() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3))
                    .when(new ReturnStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 3, STOCK, REFUND, ORDER_ID))
                    .expectResultMessagePayload(new StockChange(PRODUCT, 3, STOCK));
        }

        @Test
        void returnsAnOrdersUnitsOnce() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockReservationSettledEvent(PRODUCT, ORDER_ID, 3),
                            new StockAdjustedEvent(PRODUCT, 3, STOCK, REFUND, ORDER_ID))
                    .when(new ReturnStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectNoEvents()
                    .expectResultMessagePayload(new StockChange(PRODUCT, 0, STOCK));
        }

        @Test
        void cannotReturnNone() {
            fixture.given(productCreated())
                    .when(new ReturnStockCommand(PRODUCT, ORDER_ID, 0))
                    .expectException(invalid("quantity"));
        }
    }
}
