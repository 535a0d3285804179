package com.skincare.shop.command.wishlist;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.wishlist.AddToWishlistCommand;
import com.skincare.shop.api.wishlist.ClearWishlistCommand;
import com.skincare.shop.api.wishlist.ProductUnwishlistedEvent;
import com.skincare.shop.api.wishlist.ProductWishlistedEvent;
import com.skincare.shop.api.wishlist.RemoveFromWishlistCommand;
import com.skincare.shop.api.wishlist.WishlistClearedEvent;
import com.skincare.shop.api.wishlist.WishlistId;
import com.skincare.shop.command.InMemoryProductDirectory;
import com.skincare.shop.command.ProductDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;

class WishlistTest {

    private static final WishlistId SOPHEAS = WishlistId.of(UserId.of(7));
    private static final ProductId SERUM = ProductId.of(5);
    private static final ProductId TONER = ProductId.of(6);
    /** Products 1 to 1000 exist. */
    private static final ProductDirectory PRODUCTS = InMemoryProductDirectory.upTo(1000);

    private FixtureConfiguration<Wishlist> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Wishlist.class);
        fixture.registerInjectableResource(PRODUCTS);
    }

    private static ProductWishlistedEvent wishlisted(long itemId, ProductId product) {
        return new ProductWishlistedEvent(SOPHEAS, itemId, product);
    }

    @Test
    void theFirstProductStartsTheWishlist() {
        fixture.givenNoPriorActivity()
                .when(new AddToWishlistCommand(SOPHEAS, 41, SERUM))
                .expectEvents(wishlisted(41, SERUM));
    }

    @Test
    void aProductAlreadyOnItStaysAsItWas() {
        fixture.given(wishlisted(41, SERUM))
                .when(new AddToWishlistCommand(SOPHEAS, 42, SERUM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotWishForAnUnknownProduct() {
        fixture.givenNoPriorActivity()
                .when(new AddToWishlistCommand(SOPHEAS, 41, ProductId.of(5000)))
                .expectException(notFound("PRODUCT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void aWishlistHasRoomForTwoHundredProducts() {
        List<Object> full = new ArrayList<>();
        for (long i = 1; i <= Wishlist.MAX_ITEMS; i++) {
            full.add(wishlisted(i, ProductId.of(i)));
        }
        fixture.given(full)
                .when(new AddToWishlistCommand(SOPHEAS, 999, ProductId.of(999)))
                .expectException(ruleBroken("WISHLIST_FULL"));
    }

    @Test
    void removingTakesTheEntryOff() {
        fixture.given(wishlisted(41, SERUM), wishlisted(42, TONER))
                .when(new RemoveFromWishlistCommand(SOPHEAS, SERUM))
                .expectEvents(new ProductUnwishlistedEvent(SOPHEAS, 41, SERUM));
    }

    @Test
    void removingWhatIsNotOnItIsNotFoundEvenBeforeTheFirstProduct() {
        fixture.given(wishlisted(42, TONER))
                .when(new RemoveFromWishlistCommand(SOPHEAS, SERUM))
                .expectException(notFound("NOT_IN_WISHLIST"));
        fixture.givenNoPriorActivity()
                .when(new RemoveFromWishlistCommand(SOPHEAS, SERUM))
                .expectException(notFound("NOT_IN_WISHLIST"))
                .expectNoEvents();
    }

    @Test
    void clearingEmptiesItAndAnEmptyOneStaysSo() {
        fixture.given(wishlisted(41, SERUM))
                .when(new ClearWishlistCommand(SOPHEAS))
                .expectEvents(new WishlistClearedEvent(SOPHEAS));
        fixture.givenNoPriorActivity()
                .when(new ClearWishlistCommand(SOPHEAS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(wishlisted(41, SERUM), new WishlistClearedEvent(SOPHEAS))
                .when(new AddToWishlistCommand(SOPHEAS, 43, SERUM))
                .expectEvents(wishlisted(43, SERUM));
    }
}
