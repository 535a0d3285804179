package com.skincare.shop.api.recommendations;

import com.skincare.shop.api.common.SkinType;

import java.util.List;

/** The user's analysis number {@code analysisId}: their answers and what they say. */
public record SkinAnalyzedEvent(SkinAnalysesId skinAnalysesId, int analysisId, SkinQuestionnaire questionnaire,
                                SkinType skinType, List<String> concerns) {
}
