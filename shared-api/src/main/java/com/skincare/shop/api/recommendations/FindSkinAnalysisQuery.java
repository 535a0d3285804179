package com.skincare.shop.api.recommendations;

/** Answers an {@code Optional<SkinAnalysisView>}: the user's latest analysis, empty when they have none. */
public record FindSkinAnalysisQuery(long userId, int limit) {
}
