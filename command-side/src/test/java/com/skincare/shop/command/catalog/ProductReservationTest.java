package com.skincare.shop.command.catalog;

import com.skincare.shop.api.catalog.ProductArchivedEvent;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.catalog.ReleaseStockCommand;
import com.skincare.shop.api.catalog.ReserveStockCommand;
import com.skincare.shop.api.catalog.StockAdjustedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.skincare.shop.api.catalog.StockChangeReason.ADJUSTMENT;
import static com.skincare.shop.api.catalog.StockChangeReason.CANCELLATION;
import static com.skincare.shop.api.catalog.StockChangeReason.ORDER;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.catalog.CatalogFixtures.PRODUCT;
import static com.skincare.shop.command.catalog.CatalogFixtures.STOCK;
import static com.skincare.shop.command.catalog.CatalogFixtures.details;
import static com.skincare.shop.command.catalog.CatalogFixtures.productCreated;

/** An order's stock: reserved once per order under the stock rules, and given back once. */
class ProductReservationTest {

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
    class Reserve {

        @Test
        void takesTheOrdersQuantityFromTheStock() {
            fixture.given(productCreated())
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(reserved(ORDER_ID, 3, STOCK - 3));
        }

        @Test
        void takesTheLastUnits() {
            fixture.given(productCreated())
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, STOCK))
                    .expectEvents(reserved(ORDER_ID, STOCK, 0));
        }

        @Test
        void cannotTakeMoreThanIsInStock() {
            fixture.given(productCreated())
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, STOCK + 1))
                    .expectException(ruleBroken("INSUFFICIENT_STOCK"))
                    .expectNoEvents();
        }

        @Test
        void cannotTakeWhatAnotherOrderAlreadyHolds() {
            fixture.given(productCreated(), reserved(OTHER_ORDER_ID, 8, 2))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectException(ruleBroken("INSUFFICIENT_STOCK"));
        }

        @Test
        void goesBelowZeroWhenBackordersAreAllowed() {
            fixture.given(productCreated(details().allowBackorders().build()))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, STOCK + 5))
                    .expectEvents(reserved(ORDER_ID, STOCK + 5, -5));
        }

        @Test
        void goesBelowZeroWhenTheStockIsNotCounted() {
            fixture.given(productCreated(details().untracked().build()))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, STOCK + 5))
                    .expectEvents(reserved(ORDER_ID, STOCK + 5, -5));
        }

        @Test
        void cannotReserveADraft() {
            fixture.given(productCreated(ProductStatus.DRAFT))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 1))
                    .expectException(ruleBroken("PRODUCT_UNAVAILABLE"));
        }

        @Test
        void cannotReserveAnArchivedProduct() {
            fixture.given(productCreated(), new ProductArchivedEvent(PRODUCT))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 1))
                    .expectException(ruleBroken("PRODUCT_UNAVAILABLE"));
        }

        @Test
        void cannotReserveLessThanOne() {
            fixture.given(productCreated())
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 0))
                    .expectException(invalid("quantity"));
        }

        @Test
        void needsAnOrder() {
            fixture.given(productCreated())
                    .when(new ReserveStockCommand(PRODUCT, 0, 1))
                    .expectException(invalid("order_id"));
        }

        @Test
        void reservingAgainForTheSameOrderRecordsNothing() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void reservingAgainIsNotRefusedOnceTheLastUnitsAreGone() {
            fixture.given(productCreated(), reserved(ORDER_ID, STOCK, 0), new ProductArchivedEvent(PRODUCT))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, STOCK))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anotherOrderReservesOnItsOwn() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3))
                    .when(new ReserveStockCommand(PRODUCT, OTHER_ORDER_ID, 2))
                    .expectEvents(reserved(OTHER_ORDER_ID, 2, STOCK - 5));
        }

        @Test
        void reservesAgainAfterItsReservationWasReleased() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION, ORDER_ID))
                    .when(new ReserveStockCommand(PRODUCT, ORDER_ID, 3))
                    .expectEvents(reserved(ORDER_ID, 3, STOCK - 3));
        }
    }

    @Nested
    class Release {

        @Test
        void givesTheReservationBack() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION, ORDER_ID));
        }

        @Test
        void givesBackOnTopOfWhatTheStockIsNow() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockAdjustedEvent(PRODUCT, -7, 0, ADJUSTMENT))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 3, 3, CANCELLATION, ORDER_ID));
        }

        @Test
        void givesBackToAnArchivedProduct() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3), new ProductArchivedEvent(PRODUCT))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION, ORDER_ID));
        }

        @Test
        void anOrderWithoutAReservationReleasesNothing() {
            fixture.given(productCreated(), reserved(OTHER_ORDER_ID, 3, STOCK - 3))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void releasingTwiceGivesBackOnce() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION, ORDER_ID))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aCancellationWithoutAnOrderLeavesReservationsAlone() {
            fixture.given(productCreated(), reserved(ORDER_ID, 3, STOCK - 3),
                            new StockAdjustedEvent(PRODUCT, 3, STOCK, CANCELLATION))
                    .when(new ReleaseStockCommand(PRODUCT, ORDER_ID))
                    .expectEvents(new StockAdjustedEvent(PRODUCT, 3, STOCK + 3, CANCELLATION, ORDER_ID));
        }
    }
}
