package com.skincare.shop.command.cart;

import com.skincare.shop.api.cart.ApplyCartCouponCommand;
import com.skincare.shop.api.cart.CartClearedEvent;
import com.skincare.shop.api.cart.CartCouponAppliedEvent;
import com.skincare.shop.api.cart.CartCouponRemovedEvent;
import com.skincare.shop.api.cart.CartId;
import com.skincare.shop.api.cart.CartItemAddedEvent;
import com.skincare.shop.api.cart.CartItemRemovedEvent;
import com.skincare.shop.api.cart.CheckOutCartCommand;
import com.skincare.shop.api.cart.ClearCartCommand;
import com.skincare.shop.api.cart.RemoveCartCouponCommand;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDecision;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRefusalCode;
import com.skincare.shop.command.CouponDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static org.assertj.core.api.Assertions.assertThat;

class CartCouponTest {

    private static final CartId SOPHEAS = CartId.of(UserId.of(7));
    private static final ProductId SERUM = ProductId.of(5);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final CouponId WELCOME = CouponId.of(31);
    private static final CouponId FREESHIP = CouponId.of(32);
    private static final CouponId OLD = CouponId.of(33);

    /** What the coupons answer, by upper-case code; each question is kept to see who asked for which day. */
    private final Map<String, CouponDirectory.Standing> standings = Map.of(
            "WELCOME10", new CouponDirectory.Standing(WELCOME, "WELCOME10", null),
            "FREESHIP", new CouponDirectory.Standing(FREESHIP, "FREESHIP", null),
            "OLD", new CouponDirectory.Standing(OLD, "OLD",
                    new CouponDecision.Refusal(CouponRefusalCode.COUPON_EXPIRED, "This coupon has expired")));
    private final List<String> asked = new ArrayList<>();
    private FixtureConfiguration<Cart> fixture;

    @BeforeEach
    void setUp() {
        CouponDirectory coupons = new CouponDirectory() {
            @Override
            public Optional<CouponId> couponOf(String code) {
                throw new AssertionError("a cart asks for the coupon's standing");
            }

            @Override
            public Optional<Standing> standing(String code, UserId customer, LocalDate today) {
                asked.add(code + " for " + customer.value() + " on " + today);
                return Optional.ofNullable(standings.get(code.strip().toUpperCase(Locale.ROOT)));
            }

            @Override
            public Optional<CouponDecision> decide(CouponId coupon, UserId customer, CheckoutBasket basket,
                                                   LocalDate today, boolean firstOrder) {
                throw new AssertionError("a cart does not redeem");
            }
        };
        fixture = new AggregateTestFixture<>(Cart.class);
        fixture.registerInjectableResource(coupons);
    }

    private static CartItemAddedEvent serumAdded() {
        return new CartItemAddedEvent(SOPHEAS, 41, SERUM, 2, 2);
    }

    private static CartCouponAppliedEvent welcomeApplied() {
        return new CartCouponAppliedEvent(SOPHEAS, WELCOME.value(), "WELCOME10");
    }

    @Test
    void aCartTakesACouponTheCouponsAdmitForItsCustomerToday() {
        fixture.given(serumAdded())
                .when(new ApplyCartCouponCommand(SOPHEAS, "welcome10", TODAY))
                .expectEvents(welcomeApplied());
        assertThat(asked).containsExactly("welcome10 for 7 on 2026-12-01");
    }

    @Test
    void anotherCouponTakesThePlaceOfTheFirst() {
        fixture.given(serumAdded(), welcomeApplied())
                .when(new ApplyCartCouponCommand(SOPHEAS, "FREESHIP", TODAY))
                .expectEvents(new CartCouponAppliedEvent(SOPHEAS, FREESHIP.value(), "FREESHIP"));
    }

    @Test
    void theSameCouponAgainRecordsNothing() {
        fixture.given(serumAdded(), welcomeApplied())
                .when(new ApplyCartCouponCommand(SOPHEAS, "Welcome10", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotApplyACodeNoCouponHas() {
        fixture.given(serumAdded())
                .when(new ApplyCartCouponCommand(SOPHEAS, "NOSUCH", TODAY))
                .expectException(notFound("COUPON_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void cannotApplyACouponTheCouponsRefuseAndSaysWhy() {
        fixture.given(serumAdded())
                .when(new ApplyCartCouponCommand(SOPHEAS, "OLD", TODAY))
                .expectException(ruleBroken("COUPON_EXPIRED"))
                .expectNoEvents();
    }

    @Test
    void cannotApplyACouponToAnEmptyCart() {
        fixture.givenNoPriorActivity()
                .when(new ApplyCartCouponCommand(SOPHEAS, "WELCOME10", TODAY))
                .expectException(ruleBroken("CART_EMPTY"))
                .expectNoEvents();
        fixture.given(serumAdded(), new CartItemRemovedEvent(SOPHEAS, 41, SERUM))
                .when(new ApplyCartCouponCommand(SOPHEAS, "WELCOME10", TODAY))
                .expectException(ruleBroken("CART_EMPTY"))
                .expectNoEvents();
        assertThat(asked).isEmpty();
    }

    @Test
    void cannotApplyWithoutACodeOrADay() {
        fixture.given(serumAdded())
                .when(new ApplyCartCouponCommand(SOPHEAS, " ", TODAY))
                .expectException(invalid("code"))
                .expectNoEvents();
        fixture.given(serumAdded())
                .when(new ApplyCartCouponCommand(SOPHEAS, "WELCOME10", null))
                .expectException(invalid("today"))
                .expectNoEvents();
    }

    @Test
    void theCouponComesOffWithItsCode() {
        fixture.given(serumAdded(), welcomeApplied())
                .when(new RemoveCartCouponCommand(SOPHEAS))
                .expectEvents(new CartCouponRemovedEvent(SOPHEAS, WELCOME.value(), "WELCOME10"));
    }

    @Test
    void cannotRemoveACouponTheCartDoesNotHold() {
        fixture.given(serumAdded(), welcomeApplied(), new CartCouponRemovedEvent(SOPHEAS, WELCOME.value(), "WELCOME10"))
                .when(new RemoveCartCouponCommand(SOPHEAS))
                .expectException(notFound("NO_COUPON"))
                .expectNoEvents();
    }

    @Test
    void clearingACartTakesItsCouponWithItsLines() {
        fixture.given(serumAdded(), welcomeApplied(), new CartClearedEvent(SOPHEAS))
                .when(new RemoveCartCouponCommand(SOPHEAS))
                .expectException(notFound("NO_COUPON"));
    }

    @Test
    void aCartWhoseLastLineWentKeepsItsCouponUntilCleared() {
        fixture.given(serumAdded(), welcomeApplied(), new CartItemRemovedEvent(SOPHEAS, 41, SERUM))
                .when(new ClearCartCommand(SOPHEAS))
                .expectEvents(new CartClearedEvent(SOPHEAS));
    }

    @Test
    void checkingOutTheCartTakesOffTheCouponTheOrderTook() {
        fixture.given(serumAdded(), welcomeApplied())
                .when(new CheckOutCartCommand(SOPHEAS, 9001, List.of(new CheckOutCartCommand.Line(SERUM, 41)),
                        WELCOME.value()))
                .expectEvents(new CartItemRemovedEvent(SOPHEAS, 41, SERUM),
                        new CartCouponRemovedEvent(SOPHEAS, WELCOME.value(), "WELCOME10"));
    }

    @Test
    void checkingOutLeavesACouponTheCartTookSinceTheOrder() {
        fixture.given(serumAdded(), welcomeApplied(), new CartCouponAppliedEvent(SOPHEAS, FREESHIP.value(), "FREESHIP"))
                .when(new CheckOutCartCommand(SOPHEAS, 9001, List.of(new CheckOutCartCommand.Line(SERUM, 41)),
                        WELCOME.value()))
                .expectEvents(new CartItemRemovedEvent(SOPHEAS, 41, SERUM));
    }

    @Test
    void theCheckoutReadsTheCartsCouponUntilItGoes() {
        fixture.given(serumAdded(), welcomeApplied())
                .when(new ApplyCartCouponCommand(SOPHEAS, "welcome10", TODAY))
                .expectState(cart -> assertThat(cart.couponCode()).isEqualTo("WELCOME10"));
        fixture.given(serumAdded(), welcomeApplied())
                .when(new RemoveCartCouponCommand(SOPHEAS))
                .expectState(cart -> assertThat(cart.couponCode()).isNull());
        fixture.given(serumAdded(), welcomeApplied())
                .when(new ClearCartCommand(SOPHEAS))
                .expectState(cart -> assertThat(cart.couponCode()).isNull());
    }
}
