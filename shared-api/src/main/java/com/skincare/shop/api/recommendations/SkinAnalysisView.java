package com.skincare.shop.api.recommendations;

import com.skincare.shop.api.common.SkinType;

import java.time.Instant;
import java.util.List;

/**
 * A user's skin analysis as the read model has it: the answers, what they say, the routine and further products
 * for that skin from today's catalog, and the user's feedback if any. {@code method} is always
 * {@code questionnaire}: no image model exists here.
 */
public record SkinAnalysisView(long userId, int analysisId, String method, SkinQuestionnaire questionnaire,
                               SkinType skinType, List<String> concerns, List<RoutineStepView> routine,
                               List<RecommendedProductView> recommendedProducts, Feedback feedback,
                               Instant createdAt) {

    public static final String METHOD = "questionnaire";

    public record Feedback(int rating, Boolean accurate, String comment, Instant createdAt) {
    }
}
