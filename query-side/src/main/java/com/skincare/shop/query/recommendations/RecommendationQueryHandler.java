package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.recommendations.FindPopularProductsQuery;
import com.skincare.shop.api.recommendations.FindProductsByConcernQuery;
import com.skincare.shop.api.recommendations.FindSkinAnalysisQuery;
import com.skincare.shop.api.recommendations.SkinAnalysisView;
import com.skincare.shop.api.recommendations.FindSimilarProductsQuery;
import com.skincare.shop.api.recommendations.FindSkinBasedProductsQuery;
import com.skincare.shop.api.recommendations.FindTrendingProductsQuery;
import com.skincare.shop.api.recommendations.FindUserRecommendationsQuery;
import com.skincare.shop.api.recommendations.RecommendationType;
import com.skincare.shop.api.recommendations.RecommendationsView;
import com.skincare.shop.api.recommendations.RecommendedProductView;
import com.skincare.shop.api.recommendations.SkinProfile;
import org.axonframework.queryhandling.QueryHandler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Recommendations: popular, trending, similar and skin-based ones computed at each read from the read tables;
 * a user's stored in {@code product_recommendations} until they expire ({@code shop.recommendations.ttl}) or
 * what they were computed from changes ({@link RecommendationExpiry}), then generated again at the next read.
 */
public class RecommendationQueryHandler {

    /** How many products a user's stored list holds. */
    public static final int USER_LIST_SIZE = 20;

    private final RecommendationEngine engine;
    private final RecommendationStore store;
    private final Clock clock;
    private final Duration ttl;

    public RecommendationQueryHandler(RecommendationEngine engine, RecommendationStore store, Clock clock,
                                      Duration ttl) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    @QueryHandler
    public RecommendationsView handle(FindPopularProductsQuery query) {
        Instant now = now();
        return computed(RecommendationType.POPULAR, engine.popular(query.limit(), query.days(), now), null, now);
    }

    @QueryHandler
    public RecommendationsView handle(FindTrendingProductsQuery query) {
        Instant now = now();
        return computed(RecommendationType.POPULAR, engine.trending(query.limit(), now), null, now);
    }

    @QueryHandler
    public Optional<RecommendationsView> handle(FindSimilarProductsQuery query) {
        Instant now = now();
        return engine.similar(query.productId(), query.limit(), now)
                .map(items -> computed(RecommendationType.CONTENT_BASED, items, null, now));
    }

    @QueryHandler
    public RecommendationsView handle(FindSkinBasedProductsQuery query) {
        Instant now = now();
        return computed(RecommendationType.SKIN_BASED, engine.skinBased(query.profile(), query.limit(), now),
                query.profile(), now);
    }

    @QueryHandler
    public Optional<RecommendationsView> handle(FindUserRecommendationsQuery query) {
        Instant now = now();
        if (!query.regenerate()) {
            Optional<RecommendationsView> stored = store.find(query.userId())
                    .filter(view -> view.expiresAt().isAfter(now));
            if (stored.isPresent()) {
                return stored;
            }
        }
        return engine.userSkinProfile(query.userId()).map(profile -> {
            RecommendationEngine.UserRecommendations list = engine.forUser(query.userId(), profile, USER_LIST_SIZE,
                    now);
            RecommendationsView view = new RecommendationsView(query.userId(), typeOf(list.mainSource()),
                    list.items(), profile, now, now.plus(ttl));
            store.save(view);
            return view;
        });
    }

    @QueryHandler
    public Optional<SkinAnalysisView> handle(FindSkinAnalysisQuery query) {
        Instant now = now();
        return engine.latestAnalysis(query.userId()).map(analysis -> {
            SkinProfile profile = new SkinProfile(analysis.skinType(), analysis.concerns(),
                    analysis.questionnaire().ageRange() == null ? null : analysis.questionnaire().ageRange().code(),
                    List.of(), null);
            return new SkinAnalysisView(query.userId(), analysis.analysisId(), SkinAnalysisView.METHOD,
                    analysis.questionnaire(), analysis.skinType(), analysis.concerns(), engine.routine(profile),
                    engine.skinBased(profile, query.limit(), now), analysis.feedback(), analysis.createdAt());
        });
    }

    @QueryHandler
    public RecommendationsView handle(FindProductsByConcernQuery query) {
        Instant now = now();
        return computed(RecommendationType.CONTENT_BASED, engine.byConcern(query.concern(), query.limit(), now), null,
                now);
    }

    /** To the millisecond, as Mongo keeps dates: a generated answer reads the same as the stored one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static RecommendationType typeOf(RecommendationEngine.Source source) {
        return switch (source) {
            case COLLABORATIVE -> RecommendationType.COLLABORATIVE;
            case SKIN -> RecommendationType.SKIN_BASED;
            case POPULAR -> RecommendationType.POPULAR;
        };
    }

    private static RecommendationsView computed(RecommendationType type,
                                                List<RecommendedProductView> items,
                                                SkinProfile profile, Instant now) {
        return new RecommendationsView(null, type, items, profile, now, null);
    }
}
