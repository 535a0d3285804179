package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.catalog.CategoryCreatedEvent;
import com.skincare.shop.api.catalog.CategoryDetails;
import com.skincare.shop.api.catalog.CategoryId;
import com.skincare.shop.api.catalog.ProductCreatedEvent;
import com.skincare.shop.api.catalog.ProductDetails;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRegisteredEvent;
import com.skincare.shop.api.identity.UserRole;
import com.skincare.shop.api.ordering.OrderItem;
import com.skincare.shop.api.ordering.OrderPlacedEvent;
import com.skincare.shop.api.recommendations.AgeRange;
import com.skincare.shop.api.recommendations.BudgetRange;
import com.skincare.shop.api.recommendations.RoutineStepView;
import com.skincare.shop.api.recommendations.SkinAnalysesId;
import com.skincare.shop.api.recommendations.SkinAnalysisFeedbackRecordedEvent;
import com.skincare.shop.api.recommendations.SkinAnalyzedEvent;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import com.skincare.shop.api.recommendations.RecommendedProductView;
import com.skincare.shop.api.recommendations.SkinProfile;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.projections.ScratchDatabase;
import com.skincare.shop.projections.catalog.CategoryProjector;
import com.skincare.shop.projections.catalog.ProductProjector;
import com.skincare.shop.projections.identity.UserProjector;
import com.skincare.shop.projections.ordering.OrderProjector;
import com.skincare.shop.projections.recommendations.SkinAnalysisProjector;
import com.skincare.shop.projections.reviews.ReviewProjector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.skincare.shop.projections.ordering.OrderEvents.confirmed;
import static com.skincare.shop.projections.ordering.OrderEvents.item;
import static com.skincare.shop.projections.ordering.OrderEvents.placed;
import static com.skincare.shop.projections.ordering.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every algorithm over rows the real projectors wrote from events. "Now" is 2025-07-01; the orders that stand are
 * 1 {P1 ×2, P2} and 3 {P1, P2, P5 ×3} in the last 7 days, 2 {P1, P3} three weeks ago and 5 {P3 ×4} two months
 * ago; order 4 {P4 ×5} was rejected and counts for nothing. P6 is archived; P7 has one five-star review. User 3
 * took two skin analyses and gave feedback on the second.
 */
class RecommendationEngineTest {

    private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
    /** User 3's second analysis: a T-zone that shines, breakouts, 35 to 44, dullness named. */
    private static final SkinQuestionnaire LATEST_ANSWERS = new SkinQuestionnaire(3, 2, 2, 4, true,
            AgeRange.FROM_35_TO_44, List.of("dullness"));

    private static ScratchDatabase database;
    private static RecommendationEngine engine;

    @BeforeAll
    static void projectACatalogAndItsOrders() {
        database = ScratchDatabase.fresh("recommendation_engine_test");
        CategoryProjector categories = new CategoryProjector(database.jdbc());
        ProductProjector products = new ProductProjector(database.jdbc());
        UserProjector users = new UserProjector(database.jdbc());
        OrderProjector orders = new OrderProjector(database.jdbc());
        ReviewProjector reviews = new ReviewProjector(database.jdbc());
        category(categories, 1, "cleansers");
        category(categories, 2, "serums");
        category(categories, 3, "acne-care");
        product(products, 1, "Foaming Cleanser", "cleanser", SkinType.OILY, "8.00", ProductStatus.ACTIVE,
                List.of("acne", "oiliness"), List.of("Water", "Salicylic Acid"), 1, 3);
        product(products, 2, "Acne Serum", "serum", SkinType.OILY, "20.00", ProductStatus.ACTIVE,
                List.of("acne"), List.of("Water", "Niacinamide", "Salicylic Acid"), 2, 3);
        product(products, 3, "Gentle Cleanser", "cleanser", SkinType.ALL, "9.00", ProductStatus.ACTIVE,
                List.of("dryness"), List.of("Water", "Glycerin"), 1);
        product(products, 4, "Hydrating Serum", "serum", SkinType.DRY, "25.00", ProductStatus.ACTIVE,
                List.of("dryness"), List.of("Water", "Hyaluronic Acid"), 2);
        product(products, 5, "Oil Control Toner", "toner", SkinType.OILY, "12.00", ProductStatus.ACTIVE,
                List.of("oiliness", "pores"), List.of("Water", "Niacinamide"));
        product(products, 6, "Archived Acne Gel", "treatment", SkinType.OILY, "11.00", ProductStatus.ARCHIVED,
                List.of("acne"), List.of("Salicylic Acid"), 3);
        product(products, 7, "Sunscreen", "sunscreen", SkinType.ALL, "15.00", ProductStatus.ACTIVE,
                List.of(), List.of("Zinc Oxide"));
        user(users, 1, SkinType.OILY);
        user(users, 2, SkinType.DRY);
        user(users, 3, SkinType.NORMAL);
        user(users, 4, SkinType.DRY);
        order(orders, 1, 1, "2025-06-28T10:00:00Z", true, item(1, 2, "8.00"), item(2, 1, "20.00"));
        order(orders, 2, 2, "2025-06-10T10:00:00Z", true, item(1, 1, "8.00"), item(3, 1, "9.00"));
        order(orders, 3, 3, "2025-06-29T10:00:00Z", true, item(1, 1, "8.00"), item(2, 1, "20.00"),
                item(5, 3, "12.00"));
        order(orders, 4, 2, "2025-06-15T10:00:00Z", false, item(4, 5, "25.00"));
        order(orders, 5, 3, "2025-05-01T10:00:00Z", true, item(3, 4, "9.00"));
        reviews.on(new ReviewSubmittedEvent(ReviewId.of(1), ProductId.of(7), UserId.of(4),
                new ReviewContent(5, "Light", "No white cast")), Instant.parse("2025-06-01T00:00:00Z"));
        reviews.on(new ReviewApprovedEvent(ReviewId.of(1), ProductId.of(7), UserId.of(1)),
                Instant.parse("2025-06-01T01:00:00Z"));
        SkinAnalysisProjector analyses = new SkinAnalysisProjector(database.jdbc());
        SkinQuestionnaire first = new SkinQuestionnaire(2, 5, 1, 1, false, null, List.of());
        analyses.on(new SkinAnalyzedEvent(SkinAnalysesId.of(3), 1, first, first.assess().skinType(),
                first.assess().concerns()), Instant.parse("2025-06-01T08:00:00Z"));
        analyses.on(new SkinAnalyzedEvent(SkinAnalysesId.of(3), 2, LATEST_ANSWERS,
                LATEST_ANSWERS.assess().skinType(), LATEST_ANSWERS.assess().concerns()),
                Instant.parse("2025-06-20T08:00:00Z"));
        analyses.on(new SkinAnalysisFeedbackRecordedEvent(SkinAnalysesId.of(3), 2, 4, true, "Spot on"),
                Instant.parse("2025-06-21T08:00:00Z"));
        engine = new RecommendationEngine(database.jdbc());
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        database.close();
    }

    @Test
    void popularCountsUnitsOfStandingOrdersInTheWindowThenRatings() {
        assertThat(engine.popular(10, 30, NOW)).extracting(RecommendedProductView::productId,
                        RecommendedProductView::score, RecommendedProductView::reason)
                .containsExactly(
                        tuple(1L, 1.0, "4 sold in the last 30 days"),
                        tuple(5L, 0.75, "3 sold in the last 30 days"),
                        tuple(2L, 0.5, "2 sold in the last 30 days"),
                        tuple(3L, 0.25, "1 sold in the last 30 days"),
                        tuple(7L, 0.0, "rated 5 by 1 customers"),
                        tuple(4L, 0.0, "in the catalog"));
    }

    @Test
    void aWiderWindowTakesOlderOrdersIn() {
        assertThat(ids(engine.popular(3, 90, NOW))).containsExactly(3L, 1L, 5L);
    }

    @Test
    void trendingIsGrowthOfTheLastWeekOverTheMonthBefore() {
        assertThat(engine.trending(10, NOW)).extracting(RecommendedProductView::productId,
                        RecommendedProductView::score)
                .containsExactly(tuple(5L, 0.4286), tuple(1L, 0.3825), tuple(2L, 0.2857));
        assertThat(engine.trending(10, NOW).get(1).reason())
                .isEqualTo("3 sold in the last 7 days, against 1 in the 30 days before");
    }

    @Test
    void similarWeighsCategoriesConcernsIngredientsAndSkinTypeNeverItselfNorArchived() {
        assertThat(engine.similar(1, 10, NOW).orElseThrow()).extracting(RecommendedProductView::productId,
                        RecommendedProductView::score)
                .containsExactly(tuple(2L, 0.4633), tuple(3L, 0.3833), tuple(5L, 0.2667), tuple(4L, 0.0667));
        assertThat(engine.similar(1, 1, NOW).orElseThrow().get(0).reason()).isEqualTo(
                "like Foaming Cleanser: shares category acne-care; concern acne; ingredients salicylic acid, water;"
                        + " oily skin");
    }

    @Test
    void aProductNotOnSaleHasNoSimilarOnes() {
        assertThat(engine.similar(6, 10, NOW)).isEmpty();
        assertThat(engine.similar(99, 10, NOW)).isEmpty();
    }

    @Test
    void skinBasedMatchesTypeConcernsAndBudget() {
        SkinProfile oily = new SkinProfile(SkinType.OILY, List.of("Acne", "oiliness"), "25_34", List.of(),
                new BudgetRange(new BigDecimal("5"), new BigDecimal("15")));
        assertThat(engine.skinBased(oily, 10, NOW)).extracting(RecommendedProductView::productId,
                        RecommendedProductView::score, RecommendedProductView::reason)
                .containsExactly(tuple(1L, 1.0, "matches oily skin and acne, oiliness concerns"),
                        tuple(5L, 0.75, "matches oily skin and oiliness concern"));
    }

    @Test
    void skinBasedWithoutConcernsPrefersTheVeryTypeThenTheBetterRated() {
        assertThat(engine.skinBased(SkinProfile.ofSkinType(SkinType.DRY), 10, NOW))
                .extracting(RecommendedProductView::productId, RecommendedProductView::score,
                        RecommendedProductView::reason)
                .containsExactly(tuple(4L, 1.0, "matches dry skin"), tuple(7L, 0.5, "suits all skin types"),
                        tuple(3L, 0.5, "suits all skin types"));
    }

    @Test
    void boughtTogetherIsTheCosineOfOrderSetsKeepingTheBestSource() {
        Map<Long, String> bought = new LinkedHashMap<>();
        bought.put(1L, "Foaming Cleanser");
        bought.put(2L, "Acne Serum");
        assertThat(engine.boughtTogether(bought, 10, NOW)).extracting(RecommendedProductView::productId,
                        RecommendedProductView::score, RecommendedProductView::reason)
                .containsExactly(tuple(5L, 0.7071, "bought together with Acne Serum"),
                        tuple(3L, 0.4082, "bought together with Foaming Cleanser"));
    }

    @Test
    void aBuyerGetsWhatWasBoughtWithTheirsThenTheirSkinThenBestSellersNeverWhatTheyBought() {
        RecommendationEngine.UserRecommendations list = engine.forUser(1, SkinProfile.ofSkinType(SkinType.OILY),
                20, NOW);
        assertThat(list.mainSource()).isEqualTo(RecommendationEngine.Source.COLLABORATIVE);
        assertThat(list.items()).extracting(RecommendedProductView::productId, RecommendedProductView::score,
                        RecommendedProductView::reason)
                .containsExactly(tuple(5L, 0.7071, "bought together with Acne Serum"),
                        tuple(3L, 0.4082, "bought together with Foaming Cleanser"),
                        tuple(7L, 0.3, "suits all skin types"),
                        tuple(4L, 0.0, "popular: in the catalog"));
        assertThat(list.items()).allMatch(item -> item.generatedAt().equals(NOW));
    }

    @Test
    void someoneWithoutOrdersGetsTheirSkinFirstThenBestSellers() {
        RecommendationEngine.UserRecommendations list = engine.forUser(4, SkinProfile.ofSkinType(SkinType.DRY),
                20, NOW);
        assertThat(list.mainSource()).isEqualTo(RecommendationEngine.Source.SKIN);
        assertThat(list.items()).extracting(RecommendedProductView::productId, RecommendedProductView::score)
                .containsExactly(tuple(4L, 0.6), tuple(3L, 0.3), tuple(7L, 0.3), tuple(1L, 0.3),
                        tuple(5L, 0.225), tuple(2L, 0.15));
        assertThat(list.items().get(3).reason()).isEqualTo("popular: 4 sold in the last 30 days");
    }

    @Test
    void knowsTheUsersSkinFromTheirLatestAnalysisElseTheirAccount() {
        assertThat(engine.userSkinProfile(2)).contains(SkinProfile.ofSkinType(SkinType.DRY));
        assertThat(engine.userSkinProfile(99)).isEmpty();
        SkinProfile analysed = engine.userSkinProfile(3).orElseThrow();
        assertThat(analysed.skinType()).isEqualTo(SkinType.COMBINATION);
        assertThat(analysed.concerns()).containsExactly("acne", "dullness", "fine lines");
        assertThat(analysed.ageRange()).isEqualTo("35_44");
    }

    @Test
    void theLatestAnalysisWithItsAnswersAndFeedback() {
        RecommendationEngine.StoredAnalysis latest = engine.latestAnalysis(3).orElseThrow();
        assertThat(latest.analysisId()).isEqualTo(2);
        assertThat(latest.questionnaire()).isEqualTo(LATEST_ANSWERS);
        assertThat(latest.createdAt()).isEqualTo(Instant.parse("2025-06-20T08:00:00Z"));
        assertThat(latest.feedback().rating()).isEqualTo(4);
        assertThat(latest.feedback().accurate()).isTrue();
        assertThat(latest.feedback().createdAt()).isEqualTo(Instant.parse("2025-06-21T08:00:00Z"));
        assertThat(engine.latestAnalysis(1)).isEmpty();
    }

    @Test
    void aRoutineTakesTheBestProductOfEachStepByConcernsElseBySkinType() {
        SkinProfile oily = new SkinProfile(SkinType.OILY, List.of("acne"), null, List.of(), null);
        assertThat(engine.routine(oily)).extracting(RoutineStepView::step, RoutineStepView::productId,
                        RoutineStepView::reason)
                .containsExactly(
                        tuple("cleanser", 1L, "matches oily skin and acne concern"),
                        tuple("treatment", 2L, "matches oily skin and acne concern"),
                        tuple("moisturiser", null, "no product on sale fits this step"),
                        tuple("sunscreen", 7L, "suits all skin types"));
    }

    @Test
    void productsByConcernAreTheActiveOnesNamingIt() {
        assertThat(ids(engine.byConcern("ACNE ", 10, NOW))).containsExactly(1L, 2L);
        assertThat(ids(engine.byConcern("dryness", 10, NOW))).containsExactly(3L, 4L);
        assertThat(engine.byConcern("acne", 10, NOW).get(0).reason()).isEqualTo("treats acne");
        assertThat(engine.byConcern("freckles", 10, NOW)).isEmpty();
    }

    private static List<Long> ids(List<RecommendedProductView> items) {
        return items.stream().map(RecommendedProductView::productId).toList();
    }

    private static void category(CategoryProjector categories, long id, String slug) {
        categories.on(new CategoryCreatedEvent(CategoryId.of(id),
                new CategoryDetails(slug, slug, null, null, null, true, 0)), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static void product(ProductProjector products, long id, String name, String category, SkinType skinType,
                                String price, ProductStatus status, List<String> concerns, List<String> ingredients,
                                long... categoryIds) {
        ProductDetails details = new ProductDetails(name, null, "product-" + id, "About " + name, null, null,
                "SKU-" + id, null, new BigDecimal(price), null, null, true, false, null, null, skinType, category,
                concerns, ingredients, null, null, null, null, false,
                Arrays.stream(categoryIds).mapToObj(CategoryId::of).toList());
        products.on(new ProductCreatedEvent(ProductId.of(id), details, 100, status),
                Instant.parse("2025-02-01T00:00:00Z").plusSeconds(id));
    }

    private static void user(UserProjector users, long id, SkinType skinType) {
        users.on(new UserRegisteredEvent(UserId.of(id), "user" + id + "@example.com", "$2a$hash",
                new UserProfile("User", String.valueOf(id), null, null, null, skinType, Language.EN),
                UserRole.CUSTOMER, null), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static void order(OrderProjector orders, long id, long user, String at, boolean confirm,
                              OrderItem... items) {
        OrderPlacedEvent placed = placed(id, user, "user" + user + "@example.com", List.of(items));
        orders.on(placed, Instant.parse(at));
        if (confirm) {
            orders.on(confirmed(placed, "0.00"), Instant.parse(at).plusSeconds(1));
        } else {
            orders.on(rejected(placed), Instant.parse(at).plusSeconds(1));
        }
    }
}
