package com.skincare.shop.command.coupons;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.skincare.shop.api.coupons.ChangeCouponStatusCommand;
import com.skincare.shop.api.coupons.CheckoutBasket;
import com.skincare.shop.api.coupons.CouponDeletedEvent;
import com.skincare.shop.api.coupons.CouponId;
import com.skincare.shop.api.coupons.CouponRedeemedEvent;
import com.skincare.shop.api.coupons.CouponRedemption;
import com.skincare.shop.api.coupons.CouponRedemptionReleasedEvent;
import com.skincare.shop.api.coupons.CouponStatus;
import com.skincare.shop.api.coupons.CouponStatusChangedEvent;
import com.skincare.shop.api.coupons.CouponTerms;
import com.skincare.shop.api.coupons.CouponType;
import com.skincare.shop.api.coupons.CouponUpdatedEvent;
import com.skincare.shop.api.coupons.CreateCouponCommand;
import com.skincare.shop.api.coupons.DeleteCouponCommand;
import com.skincare.shop.api.coupons.RedeemCouponCommand;
import com.skincare.shop.api.coupons.ReleaseCouponRedemptionCommand;
import com.skincare.shop.api.coupons.UpdateCouponCommand;
import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static com.skincare.shop.command.RejectionMatchers.conflict;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.coupons.CouponFixtures.BASKET;
import static com.skincare.shop.command.coupons.CouponFixtures.COUPON;
import static com.skincare.shop.command.coupons.CouponFixtures.DARA;
import static com.skincare.shop.command.coupons.CouponFixtures.SOPHEA;
import static com.skincare.shop.command.coupons.CouponFixtures.TODAY;
import static com.skincare.shop.command.coupons.CouponFixtures.create;
import static com.skincare.shop.command.coupons.CouponFixtures.created;
import static com.skincare.shop.command.coupons.CouponFixtures.redeem;
import static com.skincare.shop.command.coupons.CouponFixtures.redeemed;
import static com.skincare.shop.command.coupons.CouponFixtures.tenPercent;
import static com.skincare.shop.command.coupons.CouponFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

class CouponTest {

    private CouponFixtures.InMemoryCouponLookup lookup;
    private FixtureConfiguration<Coupon> fixture;

    @BeforeEach
    void setUp() {
        lookup = new CouponFixtures.InMemoryCouponLookup();
        fixture = new AggregateTestFixture<>(Coupon.class);
        fixture.registerInjectableResource(lookup);
    }

    private static CouponTerms withValue(CouponType type, String value) {
        return terms(type, value, null, 1);
    }

    @Nested
    class Create {

        @Test
        void aCouponKeepsItsCodeInUpperCaseAndClaimsIt() {
            fixture.givenNoPriorActivity()
                    .when(create(tenPercent()))
                    .expectEvents(created());

            assertThat(lookup.owner("GLOW10")).isEqualTo(COUPON.value());
        }

        @Test
        void cannotTakeACodeAnotherCouponHasWhateverItsCase() {
            lookup.claimCode(CouponId.of(99), "GLOW10");

            fixture.givenNoPriorActivity()
                    .when(create(tenPercent()))
                    .expectException(conflict("COUPON_CODE_TAKEN", "code"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"100.01", "150"})
        void cannotGiveMoreThanAHundredPercent(String value) {
            fixture.givenNoPriorActivity()
                    .when(create(withValue(CouponType.PERCENTAGE, value)))
                    .expectException(invalid("value"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5"})
        void aFixedCouponTakesOffMoreThanNothing(String value) {
            fixture.givenNoPriorActivity()
                    .when(create(withValue(CouponType.FIXED, value)))
                    .expectException(invalid("value"))
                    .expectNoEvents();
        }

        @Test
        void aHundredPercentAndFreeShippingAreFine() {
            fixture.givenNoPriorActivity()
                    .when(create(withValue(CouponType.PERCENTAGE, "100")))
                    .expectSuccessfulHandlerExecution();
            setUp();
            fixture.givenNoPriorActivity()
                    .when(create(withValue(CouponType.FREE_SHIPPING, "0")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void cannotEndBeforeItStarts() {
            CouponTerms backwards = new CouponTerms(CouponType.FIXED, new BigDecimal("5.00"), null, null, 1, null,
                    List.of(), List.of(), false, LocalDate.parse("2025-06-30"), LocalDate.parse("2025-06-01"));

            fixture.givenNoPriorActivity()
                    .when(create(backwards))
                    .expectException(invalid("end_date"))
                    .expectNoEvents();
        }

        @Test
        void cannotAllowLessThanOneUsePerCustomer() {
            fixture.givenNoPriorActivity()
                    .when(create(terms(CouponType.FIXED, "5.00", 10, 0)))
                    .expectException(invalid("usage_limit_per_user"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"  ", "AB", "GLOW 10", "ÉTÉ2025"})
        void aCodeIsThreeToFiftyLettersDigitsHyphensOrUnderscores(String code) {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponCommand(COUPON, code, "Glow", null, tenPercent(), CouponStatus.ACTIVE))
                    .expectException(invalid("code"))
                    .expectNoEvents();
        }

        @Test
        void cannotGoWithoutAName() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponCommand(COUPON, "GLOW10", " ", null, tenPercent(), CouponStatus.ACTIVE))
                    .expectException(invalid("name"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Update {

        @Test
        void newTermsAndANewCodeWhoseOldOneIsFreedAgain() {
            lookup.claimCode(COUPON, "GLOW10");
            CouponTerms fixed = terms(CouponType.FIXED, "5.00", null, 2);

            fixture.given(created())
                    .when(new UpdateCouponCommand(COUPON, "glow5", "Glow 5", null, fixed, null))
                    .expectEvents(new CouponUpdatedEvent(COUPON, "GLOW5", "Glow 5", null, fixed));

            assertThat(lookup.owner("GLOW5")).isEqualTo(COUPON.value());
            assertThat(lookup.owner("GLOW10")).isNull();
        }

        @Test
        void aNewStatusIsRecordedAfterTheTerms() {
            fixture.given(created())
                    .when(new UpdateCouponCommand(COUPON, "GLOW10", "Glow 10", null, tenPercent(),
                            CouponStatus.INACTIVE))
                    .expectEvents(new CouponUpdatedEvent(COUPON, "GLOW10", "Glow 10", null, tenPercent()),
                            new CouponStatusChangedEvent(COUPON, CouponStatus.INACTIVE));
        }

        @Test
        void cannotTakeAnotherCouponsCodeAndKeepsItsOwn() {
            lookup.claimCode(COUPON, "GLOW10");
            lookup.claimCode(CouponId.of(99), "SUMMER");

            fixture.given(created())
                    .when(new UpdateCouponCommand(COUPON, "summer", "Glow", null, tenPercent(), null))
                    .expectException(conflict("COUPON_CODE_TAKEN", "code"))
                    .expectNoEvents();

            assertThat(lookup.owner("GLOW10")).isEqualTo(COUPON.value());
        }

        @Test
        void brokenTermsAreRefused() {
            fixture.given(created())
                    .when(new UpdateCouponCommand(COUPON, "GLOW10", "Glow", null,
                            withValue(CouponType.PERCENTAGE, "150"), null))
                    .expectException(invalid("value"))
                    .expectNoEvents();
        }

        @Test
        void aDeletedCouponIsNotFound() {
            fixture.given(created(), new CouponDeletedEvent(COUPON, "GLOW10"))
                    .when(new UpdateCouponCommand(COUPON, "GLOW10", "Glow", null, tenPercent(), null))
                    .expectException(notFound("COUPON_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Status {

        @Test
        void deactivatesAndActivatesAgain() {
            fixture.given(created())
                    .when(new ChangeCouponStatusCommand(COUPON, CouponStatus.INACTIVE))
                    .expectEvents(new CouponStatusChangedEvent(COUPON, CouponStatus.INACTIVE));
            fixture.given(created(), new CouponStatusChangedEvent(COUPON, CouponStatus.INACTIVE))
                    .when(new ChangeCouponStatusCommand(COUPON, CouponStatus.ACTIVE))
                    .expectEvents(new CouponStatusChangedEvent(COUPON, CouponStatus.ACTIVE));
        }

        @Test
        void theStatusItHasRecordsNothing() {
            fixture.given(created())
                    .when(new ChangeCouponStatusCommand(COUPON, CouponStatus.ACTIVE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotGoWithoutAStatus() {
            fixture.given(created())
                    .when(new ChangeCouponStatusCommand(COUPON, null))
                    .expectException(invalid("status"));
        }
    }

    @Nested
    class Delete {

        @Test
        void aCouponNoOrderHoldsIsDeletedAndItsCodeFreed() {
            lookup.claimCode(COUPON, "GLOW10");

            fixture.given(created(), redeemed(1, SOPHEA, 1),
                            new CouponRedemptionReleasedEvent(COUPON, 101, SOPHEA, 1, 0))
                    .when(new DeleteCouponCommand(COUPON))
                    .expectEvents(new CouponDeletedEvent(COUPON, "GLOW10"));

            assertThat(lookup.owner("GLOW10")).isNull();
        }

        @Test
        void cannotDeleteACouponAnOrderHolds() {
            fixture.given(created(), redeemed(1, SOPHEA, 1))
                    .when(new DeleteCouponCommand(COUPON))
                    .expectException(ruleBroken("COUPON_IN_USE"))
                    .expectNoEvents();
        }

        @Test
        void cannotDeleteTwice() {
            fixture.given(created(), new CouponDeletedEvent(COUPON, "GLOW10"))
                    .when(new DeleteCouponCommand(COUPON))
                    .expectException(notFound("COUPON_NOT_FOUND"));
        }
    }

    @Nested
    class Redeem {

        @Test
        void anOrderRedeemsAndIsToldWhatItTakesOff() {
            fixture.given(created())
                    .when(redeem(1, SOPHEA))
                    .expectEvents(redeemed(1, SOPHEA, 1))
                    .expectResultMessagePayload(new CouponRedemption(COUPON, 101, 1, new BigDecimal("5.25"), false,
                            List.of(5L, 6L)));
        }

        @Test
        void theTenthUseIsTheLast() {
            List<Object> nine = new ArrayList<>(List.of(created()));
            for (int order = 1; order <= 9; order++) {
                nine.add(redeemed(order, UserId.of(1000 + order), order));
            }
            fixture.given(nine)
                    .when(redeem(10, SOPHEA))
                    .expectEvents(redeemed(10, SOPHEA, 10));

            nine.add(redeemed(10, SOPHEA, 10));
            fixture.given(nine)
                    .when(redeem(11, DARA))
                    .expectException(ruleBroken("COUPON_USED_UP"))
                    .expectNoEvents();
        }

        @Test
        void aReleasedUseCanBeTakenAgain() {
            List<Object> full = new ArrayList<>(List.of(created()));
            for (int order = 1; order <= 10; order++) {
                full.add(redeemed(order, UserId.of(1000 + order), order));
            }
            full.add(new CouponRedemptionReleasedEvent(COUPON, 103, UserId.of(1003), 3, 9));

            fixture.given(full)
                    .when(redeem(11, DARA))
                    .expectEvents(redeemed(11, DARA, 10));
        }

        @Test
        void aCustomerCannotUseItMoreOftenThanThePerUserLimit() {
            fixture.given(created(), redeemed(1, SOPHEA, 1))
                    .when(redeem(2, SOPHEA))
                    .expectException(ruleBroken("COUPON_ALREADY_USED"))
                    .expectNoEvents();
            fixture.given(created(), redeemed(1, SOPHEA, 1))
                    .when(redeem(2, DARA))
                    .expectEvents(redeemed(2, DARA, 2));
        }

        @Test
        void aCustomerWhoseUseWasReleasedMayUseItAgain() {
            fixture.given(created(), redeemed(1, SOPHEA, 1),
                            new CouponRedemptionReleasedEvent(COUPON, 101, SOPHEA, 1, 0))
                    .when(redeem(2, SOPHEA))
                    .expectEvents(redeemed(2, SOPHEA, 1));
        }

        @Test
        void redeemingAgainForTheSameOrderRecordsNothingAndAnswersTheFirstRedemption() {
            fixture.given(created(), redeemed(1, SOPHEA, 1))
                    .when(redeem(1, SOPHEA))
                    .expectNoEvents()
                    .expectResultMessagePayload(new CouponRedemption(COUPON, 101, 1, new BigDecimal("5.25"), false,
                            List.of(5L, 6L)));
        }

        @Test
        void anInactiveCouponIsRefused() {
            fixture.given(created(), new CouponStatusChangedEvent(COUPON, CouponStatus.INACTIVE))
                    .when(redeem(1, SOPHEA))
                    .expectException(ruleBroken("COUPON_INACTIVE"))
                    .expectNoEvents();
        }

        @Test
        void anExpiredStatusIsRefused() {
            fixture.given(created(), new CouponStatusChangedEvent(COUPON, CouponStatus.EXPIRED))
                    .when(redeem(1, SOPHEA))
                    .expectException(ruleBroken("COUPON_EXPIRED"));
        }

        @Test
        void theDaysOutsideItsDatesAreRefused() {
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, BASKET, LocalDate.parse("2025-05-31"), false))
                    .expectException(ruleBroken("COUPON_NOT_STARTED"));
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, BASKET, LocalDate.parse("2025-07-01"), false))
                    .expectException(ruleBroken("COUPON_EXPIRED"));
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, BASKET, LocalDate.parse("2025-06-30"), false))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aFirstOrderCouponNeedsAFirstOrder() {
            CouponTerms firstOrder = new CouponTerms(CouponType.FIXED, new BigDecimal("5.00"), null, null, 1, null,
                    List.of(), List.of(), true, null, null);

            fixture.given(created(firstOrder))
                    .when(redeem(1, SOPHEA))
                    .expectException(ruleBroken("FIRST_ORDER_ONLY"));
            fixture.given(created(firstOrder))
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, BASKET, TODAY, true))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void anOrderBelowTheMinimumIsRefused() {
            CouponTerms sixtyMinimum = new CouponTerms(CouponType.FIXED, new BigDecimal("5.00"), null, null, 1,
                    new BigDecimal("60.00"), List.of(), List.of(), false, null, null);

            fixture.given(created(sixtyMinimum))
                    .when(redeem(1, SOPHEA))
                    .expectException(ruleBroken("MIN_ORDER_NOT_MET"));
        }

        @Test
        void onlyTheApplicableLinesCountAndNoneIsNotApplicable() {
            CouponTerms serumsOnly = new CouponTerms(CouponType.PERCENTAGE, new BigDecimal("50"),
                    new BigDecimal("15.00"), null, 1, null, List.of(), List.of("serums"), false, null, null);
            CouponTerms masksOnly = new CouponTerms(CouponType.FIXED, new BigDecimal("5.00"), null, null, 1, null,
                    List.of(), List.of("masks"), false, null, null);

            fixture.given(created(serumsOnly))
                    .when(redeem(1, SOPHEA))
                    .expectEvents(new CouponRedeemedEvent(COUPON, 101, SOPHEA, 1, new BigDecimal("15.00"), false,
                            List.of(5L), 1));
            fixture.given(created(masksOnly))
                    .when(redeem(1, SOPHEA))
                    .expectException(ruleBroken("NOT_APPLICABLE"));
        }

        @Test
        void freeShippingTakesOffTheFee() {
            fixture.given(created(withValue(CouponType.FREE_SHIPPING, "0")))
                    .when(redeem(1, SOPHEA))
                    .expectEvents(new CouponRedeemedEvent(COUPON, 101, SOPHEA, 1, new BigDecimal("3.50"), true,
                            List.of(5L, 6L), 1));
        }

        @Test
        void anEmptyBasketIsNotApplicable() {
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1,
                            new CheckoutBasket(List.of(), BigDecimal.ZERO), TODAY, false))
                    .expectException(ruleBroken("NOT_APPLICABLE"));
        }

        @Test
        void aRedemptionNeedsItsIdsBasketAndDay() {
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 0, SOPHEA, 1, BASKET, TODAY, false))
                    .expectException(invalid("usage_id"));
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, null, TODAY, false))
                    .expectException(invalid("basket"));
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, BASKET, null, false))
                    .expectException(invalid("today"));
            fixture.given(created())
                    .when(new RedeemCouponCommand(COUPON, 101, null, 1, BASKET, TODAY, false))
                    .expectException(invalid("user_id"));
        }

        @Test
        void aDeletedCouponIsNotFound() {
            fixture.given(created(), new CouponDeletedEvent(COUPON, "GLOW10"))
                    .when(redeem(1, SOPHEA))
                    .expectException(notFound("COUPON_NOT_FOUND"));
        }

        @Test
        void anUnknownCouponIsNotFound() {
            fixture.givenNoPriorActivity()
                    .when(redeem(1, SOPHEA))
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void aDiscountOfAFixedAmountIsCappedByWhatTheLinesCost() {
            CouponTerms big = new CouponTerms(CouponType.FIXED, new BigDecimal("80.00"), null, null, 1, null,
                    List.of(6L), List.of(), false, null, null);

            fixture.given(created(big))
                    .when(new RedeemCouponCommand(COUPON, 101, SOPHEA, 1, new CheckoutBasket(List.of(
                            new CheckoutBasket.Line(6, Set.of(), new BigDecimal("12.50"), 1)), BigDecimal.ZERO),
                            TODAY, false))
                    .expectEvents(new CouponRedeemedEvent(COUPON, 101, SOPHEA, 1, new BigDecimal("12.50"), false,
                            List.of(6L), 1));
        }
    }

    @Nested
    class Release {

        @Test
        void givesTheUseBack() {
            fixture.given(created(), redeemed(1, SOPHEA, 1), redeemed(2, DARA, 2))
                    .when(new ReleaseCouponRedemptionCommand(COUPON, 1))
                    .expectEvents(new CouponRedemptionReleasedEvent(COUPON, 101, SOPHEA, 1, 1));
        }

        @Test
        void anOrderWithoutARedemptionRecordsNothing() {
            fixture.given(created())
                    .when(new ReleaseCouponRedemptionCommand(COUPON, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void releasingTwiceRecordsNothingTheSecondTime() {
            fixture.given(created(), redeemed(1, SOPHEA, 1),
                            new CouponRedemptionReleasedEvent(COUPON, 101, SOPHEA, 1, 0))
                    .when(new ReleaseCouponRedemptionCommand(COUPON, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDeletedCouponHasNothingToRelease() {
            fixture.given(created(), new CouponDeletedEvent(COUPON, "GLOW10"))
                    .when(new ReleaseCouponRedemptionCommand(COUPON, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    /** Snapshots are the aggregate as JSON through the event store's plain mapper; the coupon must survive one. */
    @Test
    void aCouponSurvivesASnapshot() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        AtomicReference<Coupon> state = new AtomicReference<>();

        fixture.given(created(), redeemed(1, SOPHEA, 1), redeemed(2, DARA, 2))
                .when(new ReleaseCouponRedemptionCommand(COUPON, 1))
                .expectState(state::set);

        Coupon restored = json.readValue(json.writeValueAsString(state.get()), Coupon.class);
        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
    }
}
