package com.skincare.shop.api.coupons;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_ALREADY_USED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_EXPIRED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_INACTIVE;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_NOT_STARTED;
import static com.skincare.shop.api.coupons.CouponRefusalCode.COUPON_USED_UP;
import static com.skincare.shop.api.coupons.CouponRefusalCode.FIRST_ORDER_ONLY;
import static com.skincare.shop.api.coupons.CouponRefusalCode.MIN_ORDER_NOT_MET;
import static com.skincare.shop.api.coupons.CouponRefusalCode.NOT_APPLICABLE;
import static org.assertj.core.api.Assertions.assertThat;

class CouponPolicyTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-06-15");
    private static final CouponFacts UNUSED = new CouponFacts(CouponStatus.ACTIVE, 0, 0, false);

    /** A serum (product 5) in "serums", a toner (6) in "toners" linked to "skincare", a mask (7) in "masks". */
    private static final CheckoutBasket.Line SERUMS = line(5, "20.00", 2, "serums");
    private static final CheckoutBasket.Line TONER = line(6, "12.50", 1, "Toners", "skincare");
    private static final CheckoutBasket.Line MASK = line(7, "7.25", 3, "masks");
    /** Subtotal 40.00 + 12.50 + 21.75 = 74.25, shipping 3.50. */
    private static final CheckoutBasket BASKET = new CheckoutBasket(List.of(SERUMS, TONER, MASK), money("3.50"));

    private static CheckoutBasket.Line line(long product, String price, int quantity, String... categories) {
        return new CheckoutBasket.Line(product, Set.of(categories), money(price), quantity);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static Terms terms(CouponType type, String value) {
        return new Terms(type, money(value));
    }

    /** Terms with every optional rule off; each test switches on what it is about. */
    private static final class Terms {
        CouponType type;
        BigDecimal value;
        BigDecimal maxDiscount;
        Integer usageLimit;
        int perUser = 1;
        BigDecimal minOrder;
        List<Long> products = List.of();
        List<String> categories = List.of();
        boolean firstTimeOnly;
        LocalDate start;
        LocalDate end;

        Terms(CouponType type, BigDecimal value) {
            this.type = type;
            this.value = value;
        }

        Terms max(String amount) {
            maxDiscount = money(amount);
            return this;
        }

        Terms limit(int limit) {
            usageLimit = limit;
            return this;
        }

        Terms perUser(int limit) {
            perUser = limit;
            return this;
        }

        Terms minOrder(String amount) {
            minOrder = money(amount);
            return this;
        }

        Terms products(Long... ids) {
            products = List.of(ids);
            return this;
        }

        Terms categories(String... slugs) {
            categories = List.of(slugs);
            return this;
        }

        Terms firstTimeOnly() {
            firstTimeOnly = true;
            return this;
        }

        Terms between(String from, String to) {
            start = from == null ? null : LocalDate.parse(from);
            end = to == null ? null : LocalDate.parse(to);
            return this;
        }

        CouponTerms build() {
            return new CouponTerms(type, value, maxDiscount, usageLimit, perUser, minOrder, products, categories,
                    firstTimeOnly, start, end);
        }

        CouponDecision on(CheckoutBasket basket) {
            return evaluate(basket, UNUSED);
        }

        CouponDecision evaluate(CheckoutBasket basket, CouponFacts facts) {
            return CouponPolicy.evaluate(build(), basket, TODAY, facts);
        }

        CouponDecision on(LocalDate day) {
            return CouponPolicy.evaluate(build(), BASKET, day, UNUSED);
        }
    }

    private static BigDecimal discount(CouponDecision decision) {
        assertThat(decision).isInstanceOf(CouponDecision.Discount.class);
        return ((CouponDecision.Discount) decision).amount();
    }

    private static void assertRefused(CouponDecision decision, CouponRefusalCode code) {
        assertThat(decision).isInstanceOf(CouponDecision.Refusal.class);
        CouponDecision.Refusal refusal = (CouponDecision.Refusal) decision;
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.reason()).isNotBlank();
    }

    @Nested
    class Percentage {

        @Test
        void takesItsShareOfTheWholeBasket() {
            assertThat(discount(terms(CouponType.PERCENTAGE, "10").on(BASKET))).isEqualByComparingTo("7.43");
        }

        @Test
        void roundsOnceHalfUpToTwoDecimals() {
            // 15% of 74.25 is 11.1375; a half cent and more rounds up.
            assertThat(discount(terms(CouponType.PERCENTAGE, "15").on(BASKET))).isEqualTo(money("11.14"));
            // 5% of 0.10 is 0.005, exactly half a cent: up.
            CheckoutBasket cheap = new CheckoutBasket(List.of(line(9, "0.10", 1, "samples")), BigDecimal.ZERO);
            assertThat(discount(terms(CouponType.PERCENTAGE, "5").on(cheap))).isEqualTo(money("0.01"));
            // 4% of 0.10 is 0.004: down.
            assertThat(discount(terms(CouponType.PERCENTAGE, "4").on(cheap))).isEqualTo(money("0.00"));
        }

        @Test
        void aHundredPercentTakesOffTheLinesButNotTheShipping() {
            assertThat(discount(terms(CouponType.PERCENTAGE, "100").on(BASKET))).isEqualTo(money("74.25"));
        }

        @Test
        void zeroPercentIsValidAndTakesOffNothing() {
            assertThat(discount(terms(CouponType.PERCENTAGE, "0").on(BASKET))).isEqualTo(money("0.00"));
        }

        @Test
        void fractionalPercentages() {
            // 12.5% of 74.25 = 9.28125.
            assertThat(discount(terms(CouponType.PERCENTAGE, "12.5").on(BASKET))).isEqualTo(money("9.28"));
        }

        @Test
        void isCappedByMaxDiscount() {
            assertThat(discount(terms(CouponType.PERCENTAGE, "50").max("20.00").on(BASKET))).isEqualTo(money("20.00"));
        }

        @Test
        void aCapAboveTheShareChangesNothing() {
            assertThat(discount(terms(CouponType.PERCENTAGE, "10").max("20.00").on(BASKET))).isEqualTo(money("7.43"));
        }
    }

    @Nested
    class Fixed {

        @Test
        void takesOffItsValue() {
            assertThat(discount(terms(CouponType.FIXED, "5").on(BASKET))).isEqualTo(money("5.00"));
        }

        @Test
        void neverMoreThanTheLinesItAppliesTo() {
            assertThat(discount(terms(CouponType.FIXED, "100.00").on(BASKET))).isEqualTo(money("74.25"));
            assertThat(discount(terms(CouponType.FIXED, "30.00").products(6L).on(BASKET))).isEqualTo(money("12.50"));
        }

        @Test
        void isCappedByMaxDiscount() {
            assertThat(discount(terms(CouponType.FIXED, "15.00").max("10.00").on(BASKET))).isEqualTo(money("10.00"));
        }
    }

    @Nested
    class FreeShipping {

        @Test
        void takesOffTheShippingFee() {
            CouponDecision decision = terms(CouponType.FREE_SHIPPING, "0").on(BASKET);

            assertThat(discount(decision)).isEqualTo(money("3.50"));
            assertThat(((CouponDecision.Discount) decision).freeShipping()).isTrue();
        }

        @Test
        void isCappedByMaxDiscount() {
            assertThat(discount(terms(CouponType.FREE_SHIPPING, "0").max("2.00").on(BASKET))).isEqualTo(money("2.00"));
        }

        @Test
        void onABasketThatShipsFreeAnywayItIsValidAndWorthNothing() {
            CheckoutBasket shipsFree = new CheckoutBasket(BASKET.lines(), BigDecimal.ZERO);

            assertThat(discount(terms(CouponType.FREE_SHIPPING, "0").on(shipsFree))).isEqualTo(money("0.00"));
        }

        @Test
        void restrictedToACategoryItNeedsALineOfIt() {
            assertThat(discount(terms(CouponType.FREE_SHIPPING, "0").categories("masks").on(BASKET)))
                    .isEqualTo(money("3.50"));
            assertRefused(terms(CouponType.FREE_SHIPPING, "0").categories("cleansers").on(BASKET), NOT_APPLICABLE);
        }

        @Test
        void otherCouponsAreNotFreeShipping() {
            CouponDecision decision = terms(CouponType.FIXED, "1").on(BASKET);

            assertThat(((CouponDecision.Discount) decision).freeShipping()).isFalse();
        }
    }

    @Nested
    class ApplicableLines {

        @Test
        void aCouponForSomeProductsTakesItsShareOfThoseLinesOnly() {
            CouponDecision decision = terms(CouponType.PERCENTAGE, "10").products(5L, 7L).on(BASKET);

            // 10% of 40.00 + 21.75.
            assertThat(discount(decision)).isEqualTo(money("6.18"));
            assertThat(((CouponDecision.Discount) decision).appliedTo()).containsExactly(5L, 7L);
        }

        @Test
        void aCategoryMatchesTheProductsCategoryTextWithoutRegardToCase() {
            CouponDecision decision = terms(CouponType.PERCENTAGE, "10").categories("TONERS").on(BASKET);

            assertThat(discount(decision)).isEqualTo(money("1.25"));
            assertThat(((CouponDecision.Discount) decision).appliedTo()).containsExactly(6L);
        }

        @Test
        void aCategoryMatchesALinkedCategorysSlug() {
            assertThat(discount(terms(CouponType.FIXED, "2").categories("skincare").on(BASKET)))
                    .isEqualTo(money("2.00"));
        }

        @Test
        void productsAndCategoriesTogetherQualifyEitherWay() {
            CouponDecision decision = terms(CouponType.PERCENTAGE, "10").products(5L).categories("masks").on(BASKET);

            assertThat(((CouponDecision.Discount) decision).appliedTo()).containsExactly(5L, 7L);
        }

        @Test
        void withoutRestrictionsEveryLineQualifies() {
            CouponDecision decision = terms(CouponType.FIXED, "1").on(BASKET);

            assertThat(((CouponDecision.Discount) decision).appliedTo()).containsExactly(5L, 6L, 7L);
        }

        @Test
        void noQualifyingLineIsNotApplicable() {
            assertRefused(terms(CouponType.PERCENTAGE, "10").products(99L).on(BASKET), NOT_APPLICABLE);
            assertRefused(terms(CouponType.PERCENTAGE, "10").categories("cleansers").on(BASKET), NOT_APPLICABLE);
        }

        @Test
        void anEmptyBasketIsNotApplicable() {
            assertRefused(terms(CouponType.FIXED, "5").on(new CheckoutBasket(List.of(), money("3.50"))),
                    NOT_APPLICABLE);
        }
    }

    @Nested
    class MinimumOrder {

        @Test
        void isTheWholeBasketsSubtotalBeforeShipping() {
            assertThat(discount(terms(CouponType.FIXED, "5").minOrder("74.25").on(BASKET))).isEqualTo(money("5.00"));
            assertRefused(terms(CouponType.FIXED, "5").minOrder("74.26").on(BASKET), MIN_ORDER_NOT_MET);
            assertRefused(terms(CouponType.FIXED, "5").minOrder("77.00").on(BASKET), MIN_ORDER_NOT_MET);
        }

        @Test
        void countsEveryLineEvenWhenTheDiscountAppliesToSome() {
            assertThat(discount(terms(CouponType.FIXED, "5").minOrder("70").products(6L).on(BASKET)))
                    .isEqualTo(money("5.00"));
        }
    }

    /** What a cart checks when it takes a coupon: everything that does not depend on the lines. */
    @Nested
    class Admission {

        @Test
        void admitsACouponWhoseBasketRulesAreLeftForTheLines() {
            CouponTerms terms = terms(CouponType.FIXED, "5").minOrder("500").products(99L).firstTimeOnly().build();
            assertThat(CouponPolicy.admits(terms, TODAY, UNUSED)).isEmpty();
            assertRefused(CouponPolicy.evaluate(terms, BASKET, TODAY, UNUSED), FIRST_ORDER_ONLY);
        }

        @Test
        void refusesAsEvaluateDoesForStatusDatesAndLimits() {
            CouponTerms limited = terms(CouponType.FIXED, "5").limit(3).perUser(2).between(null, "2025-06-20").build();
            Map<CouponFacts, CouponRefusalCode> cases = Map.of(
                    new CouponFacts(CouponStatus.INACTIVE, 0, 0, true), COUPON_INACTIVE,
                    new CouponFacts(CouponStatus.EXPIRED, 0, 0, true), COUPON_EXPIRED,
                    new CouponFacts(CouponStatus.ACTIVE, 3, 0, true), COUPON_USED_UP,
                    new CouponFacts(CouponStatus.ACTIVE, 2, 2, true), COUPON_ALREADY_USED);
            cases.forEach((facts, code) -> {
                assertThat(CouponPolicy.admits(limited, TODAY, facts)).map(CouponDecision.Refusal::code)
                        .as("%s", facts).contains(code);
                assertRefused(CouponPolicy.evaluate(limited, BASKET, TODAY, facts), code);
            });
            assertThat(CouponPolicy.admits(limited, LocalDate.parse("2025-06-21"), UNUSED))
                    .map(CouponDecision.Refusal::code).contains(COUPON_EXPIRED);
            assertThat(CouponPolicy.admits(terms(CouponType.FIXED, "5").between("2025-06-16", null).build(), TODAY,
                    UNUSED)).map(CouponDecision.Refusal::code).contains(COUPON_NOT_STARTED);
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @CsvSource({"2025-06-15, 2025-06-15", "2025-06-01, 2025-06-30", ", 2025-06-15", "2025-06-15,"})
        void startAndEndDayAreBothIncluded(String start, String end) {
            assertThat(discount(terms(CouponType.FIXED, "5").between(start, end).on(TODAY))).isEqualTo(money("5.00"));
        }

        @Test
        void theDayBeforeTheStartIsNotStarted() {
            assertRefused(terms(CouponType.FIXED, "5").between("2025-06-16", null).on(TODAY), COUPON_NOT_STARTED);
        }

        @Test
        void theDayAfterTheEndIsExpired() {
            assertRefused(terms(CouponType.FIXED, "5").between(null, "2025-06-14").on(TODAY), COUPON_EXPIRED);
        }

        @Test
        void todayIsThePhnomPenhDate() {
            // 18:30 UTC on the 14th is already 01:30 on the 15th in Phnom Penh (UTC+7).
            Clock evening = Clock.fixed(Instant.parse("2025-06-14T18:30:00Z"), ZoneOffset.UTC);

            assertThat(CouponPolicy.today(evening)).isEqualTo(TODAY);
            assertThat(CouponPolicy.today(Clock.fixed(Instant.parse("2025-06-14T16:59:59Z"), ZoneOffset.UTC)))
                    .isEqualTo(LocalDate.parse("2025-06-14"));
        }
    }

    @Nested
    class StatusAndUses {

        @Test
        void anInactiveCouponIsRefused() {
            assertRefused(terms(CouponType.FIXED, "5").evaluate(BASKET,
                    new CouponFacts(CouponStatus.INACTIVE, 0, 0, false)), COUPON_INACTIVE);
        }

        @Test
        void anExpiredStatusIsRefusedWhateverTheDates() {
            assertRefused(terms(CouponType.FIXED, "5").evaluate(BASKET,
                    new CouponFacts(CouponStatus.EXPIRED, 0, 0, false)), COUPON_EXPIRED);
        }

        @Test
        void theLastOfTheOverallLimitIsStillUsable() {
            assertThat(discount(terms(CouponType.FIXED, "5").limit(10).evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 9, 0, false)))).isEqualTo(money("5.00"));
            assertRefused(terms(CouponType.FIXED, "5").limit(10).evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 10, 0, false)), COUPON_USED_UP);
        }

        @Test
        void withoutAnOverallLimitAnyCountIsFine() {
            assertThat(discount(terms(CouponType.FIXED, "5").perUser(1000).evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 1_000_000, 999, false)))).isEqualTo(money("5.00"));
        }

        @Test
        void aCustomerUsesItAsOftenAsThePerUserLimitSays() {
            assertRefused(terms(CouponType.FIXED, "5").evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 1, 1, false)), COUPON_ALREADY_USED);
            assertThat(discount(terms(CouponType.FIXED, "5").perUser(3).evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 2, 2, false)))).isEqualTo(money("5.00"));
            assertRefused(terms(CouponType.FIXED, "5").perUser(3).evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 3, 3, false)), COUPON_ALREADY_USED);
        }

        @Test
        void aFirstOrderCouponIsOnlyForACustomerWithoutOrders() {
            assertThat(discount(terms(CouponType.FIXED, "5").firstTimeOnly().evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 0, 0, true)))).isEqualTo(money("5.00"));
            assertRefused(terms(CouponType.FIXED, "5").firstTimeOnly().evaluate(BASKET,
                    new CouponFacts(CouponStatus.ACTIVE, 0, 0, false)), FIRST_ORDER_ONLY);
        }

        @Test
        void theFirstRuleBrokenIsTheAnswer() {
            Terms everythingWrong = terms(CouponType.FIXED, "5").limit(1).minOrder("1000").products(99L)
                    .firstTimeOnly().between(null, "2025-01-01");

            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.INACTIVE, 1, 1, false)),
                    COUPON_INACTIVE);
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 1, false)),
                    COUPON_EXPIRED);
            everythingWrong.between(null, null);
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 1, false)),
                    COUPON_USED_UP);
            everythingWrong.limit(5);
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 1, false)),
                    COUPON_ALREADY_USED);
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 0, false)),
                    FIRST_ORDER_ONLY);
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 0, true)),
                    MIN_ORDER_NOT_MET);
            everythingWrong.minOrder("0");
            assertRefused(everythingWrong.evaluate(BASKET, new CouponFacts(CouponStatus.ACTIVE, 1, 0, true)),
                    NOT_APPLICABLE);
        }
    }

    @Nested
    class TermsProblems {

        private List<String> fields(Terms terms) {
            return terms.build().problems().stream().map(CouponTerms.Problem::field).toList();
        }

        @Test
        void soundTermsHaveNone() {
            assertThat(fields(terms(CouponType.PERCENTAGE, "100").max("50").limit(10).perUser(2).minOrder("0")
                    .products(5L).categories("serums").between("2025-06-01", "2025-06-01"))).isEmpty();
            assertThat(fields(terms(CouponType.FREE_SHIPPING, "0"))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"PERCENTAGE, 100.01", "PERCENTAGE, 150", "PERCENTAGE, -1", "FIXED, 0", "FIXED, -5",
                "FIXED, 1.005", "FIXED, 100000000", "FREE_SHIPPING, -1"})
        void valueOutOfItsRange(CouponType type, String value) {
            assertThat(fields(terms(type, value))).containsExactly("value");
        }

        @Test
        void eachRuleNamesItsColumn() {
            assertThat(fields(new Terms(null, null))).containsExactly("type", "value");
            assertThat(fields(terms(CouponType.FIXED, "5").max("0"))).containsExactly("max_discount");
            assertThat(fields(terms(CouponType.FIXED, "5").limit(0))).containsExactly("usage_limit");
            assertThat(fields(terms(CouponType.FIXED, "5").perUser(0))).containsExactly("usage_limit_per_user");
            assertThat(fields(terms(CouponType.FIXED, "5").minOrder("-0.01"))).containsExactly("min_order_value");
            assertThat(fields(terms(CouponType.FIXED, "5").products(0L))).containsExactly("applicable_products");
            assertThat(fields(terms(CouponType.FIXED, "5").categories(" "))).containsExactly("applicable_categories");
            assertThat(fields(terms(CouponType.FIXED, "5").between("2025-06-02", "2025-06-01")))
                    .containsExactly("end_date");
        }

        @Test
        void categoriesAreKeptInLowerCaseOnce() {
            assertThat(terms(CouponType.FIXED, "5").categories("Serums", " serums ", "MASKS").build()
                    .applicableCategories()).containsExactly("serums", "masks");
        }
    }
}
