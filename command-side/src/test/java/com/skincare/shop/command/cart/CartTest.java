package com.skincare.shop.command.cart;

import com.skincare.shop.api.cart.AddToCartCommand;
import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CartQuantityChangedEvent;
import com.skincare.shop.api.cart.ChangeCartQuantityCommand;
import com.skincare.shop.api.cart.CheckOutCartCommand;
import com.skincare.shop.api.cart.ClearCartCommand;
import com.skincare.shop.api.cart.RemoveFromCartCommand;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.command.CartLine;
import com.skincare.shop.command.InMemoryProductDirectory;
import com.skincare.shop.command.ProductAvailability;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static org.assertj.core.api.Assertions.assertThat;

class CartTest {

    private static final CartId SOPHEAS = CartId.of(UserId.of(7));
    private static final ProductId SERUM = ProductId.of(5);
    private static final ProductId TONER = ProductId.of(6);
    /** Five in stock, counted, no backorders. */
    private static final ProductId SCARCE = ProductId.of(2001);
    private static final ProductId ARCHIVED = ProductId.of(2002);
    private static final ProductId DRAFT = ProductId.of(2003);
    private static final ProductId BACKORDERED = ProductId.of(2004);
    private static final ProductId UNCOUNTED = ProductId.of(2005);

    private InMemoryProductDirectory products;
    private FixtureConfiguration<Cart> fixture;

    @BeforeEach
    void setUp() {
        products = InMemoryProductDirectory.upTo(1000)
                .put(SCARCE.value(), ProductStatus.ACTIVE, 5)
                .put(ARCHIVED.value(), ProductStatus.ARCHIVED, 50)
                .put(DRAFT.value(), ProductStatus.DRAFT, 50)
                .put(new ProductAvailability(BACKORDERED, ProductStatus.ACTIVE, 0, true, true))
                .put(new ProductAvailability(UNCOUNTED, ProductStatus.ACTIVE, 0, false, false));
        fixture = new AggregateTestFixture<>(Cart.class);
        fixture.registerInjectableResource(products);
    }

    private static CartItemAddedEvent added(long lineId, ProductId product, int added, int quantity) {
        return new CartItemAddedEvent(SOPHEAS, lineId, product, added, quantity);
    }

    @Test
    void theFirstProductStartsTheCartAndAnswersItsQuantity() {
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, SERUM, 2))
                .expectEvents(added(41, SERUM, 2, 2))
                .expectResultMessagePayload(2);
    }

    @Test
    void addingAProductAlreadyInTheCartGrowsItsLineWithTheQuantityAfter() {
        fixture.given(added(41, SERUM, 2, 2))
                .when(new AddToCartCommand(SOPHEAS, 42, SERUM, 3))
                .expectEvents(added(41, SERUM, 3, 5))
                .expectResultMessagePayload(5);
    }

    @Test
    void cannotAddLessThanOneOrMoreThanNinetyNine() {
        for (int quantity : new int[]{0, -1, 100, 1_000_000, Integer.MIN_VALUE}) {
            fixture.givenNoPriorActivity()
                    .when(new AddToCartCommand(SOPHEAS, 41, SERUM, quantity))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, SERUM, Cart.MAX_QUANTITY))
                .expectEvents(added(41, SERUM, 99, 99));
    }

    @Test
    void cannotGrowALineBeyondNinetyNine() {
        fixture.given(added(41, SERUM, 60, 60))
                .when(new AddToCartCommand(SOPHEAS, 42, SERUM, 40))
                .expectException(ruleBroken("QUANTITY_LIMIT"))
                .expectNoEvents();
    }

    @Test
    void cannotAddAnUnknownProduct() {
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, ProductId.of(5000), 1))
                .expectException(notFound("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void cannotAddAnArchivedOrDraftProduct() {
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, ARCHIVED, 1))
                .expectException(ruleBroken("PRODUCT_UNAVAILABLE"));
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, DRAFT, 1))
                .expectException(ruleBroken("PRODUCT_UNAVAILABLE"))
                .expectNoEvents();
    }

    @Test
    void cannotAddMoreThanIsInStockCountingWhatIsAlreadyInTheCart() {
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, SCARCE, 6))
                .expectException(ruleBroken("INSUFFICIENT_STOCK"));
        fixture.given(added(41, SCARCE, 3, 3))
                .when(new AddToCartCommand(SOPHEAS, 42, SCARCE, 3))
                .expectException(ruleBroken("INSUFFICIENT_STOCK"))
                .expectNoEvents();
        fixture.given(added(41, SCARCE, 3, 3))
                .when(new AddToCartCommand(SOPHEAS, 42, SCARCE, 2))
                .expectEvents(added(41, SCARCE, 2, 5));
    }

    @Test
    void aBackorderedOrUncountedProductTakesAnyQuantityUpToTheLimit() {
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, BACKORDERED, 20))
                .expectEvents(added(41, BACKORDERED, 20, 20));
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, UNCOUNTED, 99))
                .expectEvents(added(41, UNCOUNTED, 99, 99));
    }

    @Test
    void theStockIsReadWhenTheCommandIsHandled() {
        products.put(SCARCE.value(), ProductStatus.ACTIVE, 1);
        fixture.givenNoPriorActivity()
                .when(new AddToCartCommand(SOPHEAS, 41, SCARCE, 2))
                .expectException(ruleBroken("INSUFFICIENT_STOCK"));
    }

    @Test
    void aCartHasRoomForAHundredProducts() {
        List<Object> full = new ArrayList<>();
        for (long i = 1; i <= Cart.MAX_LINES; i++) {
            full.add(added(i, ProductId.of(i), 1, 1));
        }
        fixture.given(full)
                .when(new AddToCartCommand(SOPHEAS, 999, ProductId.of(999), 1))
                .expectException(ruleBroken("CART_FULL"));
        fixture.given(full)
                .when(new AddToCartCommand(SOPHEAS, 999, ProductId.of(1), 1))
                .expectEvents(added(1, ProductId.of(1), 1, 2));
    }

    @Test
    void changingTheQuantitySetsItOnTheSameLine() {
        fixture.given(added(41, SERUM, 2, 2))
                .when(new ChangeCartQuantityCommand(SOPHEAS, SERUM, 7))
                .expectEvents(new CartQuantityChangedEvent(SOPHEAS, 41, SERUM, 7));
    }

    @Test
    void theQuantityItAlreadyHasRecordsNothing() {
        fixture.given(added(41, SERUM, 2, 2))
                .when(new ChangeCartQuantityCommand(SOPHEAS, SERUM, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeToLessThanOneOrMoreThanNinetyNine() {
        for (int quantity : new int[]{0, -1, 100, 1_000_000}) {
            fixture.given(added(41, SERUM, 2, 2))
                    .when(new ChangeCartQuantityCommand(SOPHEAS, SERUM, quantity))
                    .expectException(invalid("quantity"))
                    .expectNoEvents();
        }
    }

    @Test
    void cannotChangeWhatIsNotInTheCartEvenBeforeTheFirstProduct() {
        fixture.given(added(41, SERUM, 2, 2))
                .when(new ChangeCartQuantityCommand(SOPHEAS, TONER, 1))
                .expectException(notFound("NOT_IN_CART"));
        fixture.givenNoPriorActivity()
                .when(new ChangeCartQuantityCommand(SOPHEAS, TONER, 1))
                .expectException(notFound("NOT_IN_CART"))
                .expectNoEvents();
    }

    @Test
    void cannotRaiseAQuantityBeyondTheStock() {
        fixture.given(added(41, SCARCE, 2, 2))
                .when(new ChangeCartQuantityCommand(SOPHEAS, SCARCE, 6))
                .expectException(ruleBroken("INSUFFICIENT_STOCK"))
                .expectNoEvents();
    }

    @Test
    void cannotRaiseTheQuantityOfAProductNoLongerOnSaleButMayLowerIt() {
        fixture.given(added(41, ARCHIVED, 3, 3))
                .when(new ChangeCartQuantityCommand(SOPHEAS, ARCHIVED, 4))
                .expectException(ruleBroken("PRODUCT_UNAVAILABLE"));
        fixture.given(added(41, ARCHIVED, 3, 3))
                .when(new ChangeCartQuantityCommand(SOPHEAS, ARCHIVED, 1))
                .expectEvents(new CartQuantityChangedEvent(SOPHEAS, 41, ARCHIVED, 1));
    }

    @Test
    void aQuantityAboveTheStockMayBeLoweredTowardsIt() {
        products.put(SCARCE.value(), ProductStatus.ACTIVE, 1);
        fixture.given(added(41, SCARCE, 5, 5))
                .when(new ChangeCartQuantityCommand(SOPHEAS, SCARCE, 3))
                .expectEvents(new CartQuantityChangedEvent(SOPHEAS, 41, SCARCE, 3));
    }

    @Test
    void removingTakesTheLineOut() {
        fixture.given(added(41, SERUM, 2, 2), added(42, TONER, 1, 1))
                .when(new RemoveFromCartCommand(SOPHEAS, SERUM))
                .expectEvents(new CartItemRemovedEvent(SOPHEAS, 41, SERUM));
    }

    @Test
    void removingWhatIsNotInTheCartIsNotFound() {
        fixture.given(added(42, TONER, 1, 1))
                .when(new RemoveFromCartCommand(SOPHEAS, SERUM))
                .expectException(notFound("NOT_IN_CART"));
        fixture.givenNoPriorActivity()
                .when(new RemoveFromCartCommand(SOPHEAS, SERUM))
                .expectException(notFound("NOT_IN_CART"))
                .expectNoEvents();
    }

    @Test
    void aRemovedProductComesBackOnANewLine() {
        fixture.given(added(41, SERUM, 2, 2), new CartItemRemovedEvent(SOPHEAS, 41, SERUM))
                .when(new AddToCartCommand(SOPHEAS, 43, SERUM, 1))
                .expectEvents(added(43, SERUM, 1, 1));
    }

    @Test
    void clearingEmptiesItAndAnEmptyOneStaysSo() {
        fixture.given(added(41, SERUM, 2, 2))
                .when(new ClearCartCommand(SOPHEAS))
                .expectEvents(new CartClearedEvent(SOPHEAS));
        fixture.givenNoPriorActivity()
                .when(new ClearCartCommand(SOPHEAS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(added(41, SERUM, 2, 2), new CartClearedEvent(SOPHEAS))
                .when(new AddToCartCommand(SOPHEAS, 43, SERUM, 1))
                .expectEvents(added(43, SERUM, 1, 1));
    }

    /** A confirmed order takes out of the cart exactly the lines it bought. */
    @Test
    void checkingOutRemovesTheBoughtLinesAndLeavesTheRest() {
        fixture.given(added(41, SERUM, 2, 2), added(42, TONER, 1, 1), added(43, SCARCE, 1, 1))
                .when(new CheckOutCartCommand(SOPHEAS, 9001, List.of(new CheckOutCartCommand.Line(SERUM, 41),
                        new CheckOutCartCommand.Line(SCARCE, 43))))
                .expectEvents(new CartItemRemovedEvent(SOPHEAS, 41, SERUM), new CartItemRemovedEvent(SOPHEAS, 43, SCARCE));
    }

    @Test
    void checkingOutLeavesAProductPutInAgainAfterTheOrder() {
        fixture.given(added(41, SERUM, 2, 2), new CartItemRemovedEvent(SOPHEAS, 41, SERUM), added(44, SERUM, 1, 1))
                .when(new CheckOutCartCommand(SOPHEAS, 9001, List.of(new CheckOutCartCommand.Line(SERUM, 41))))
                .expectNoEvents();
    }

    @Test
    void checkingOutTwiceRemovesNothingTheSecondTime() {
        fixture.given(added(41, SERUM, 2, 2), new CartItemRemovedEvent(SOPHEAS, 41, SERUM))
                .when(new CheckOutCartCommand(SOPHEAS, 9001, List.of(new CheckOutCartCommand.Line(SERUM, 41))))
                .expectNoEvents();
    }

    @Test
    void theCheckoutReadsTheLinesInTheOrderTheyWereAdded() {
        fixture.given(added(42, TONER, 1, 1), added(41, SERUM, 2, 2), new CartQuantityChangedEvent(SOPHEAS, 42, TONER, 3))
                .when(new ChangeCartQuantityCommand(SOPHEAS, SERUM, 2))
                .expectState(cart -> assertThat(cart.lines()).containsExactly(
                        new CartLine(TONER, 42, 3), new CartLine(SERUM, 41, 2)));
    }
}
