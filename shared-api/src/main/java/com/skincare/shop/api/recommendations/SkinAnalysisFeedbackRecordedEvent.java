package com.skincare.shop.api.recommendations;

public record SkinAnalysisFeedbackRecordedEvent(SkinAnalysesId skinAnalysesId, int analysisId, int rating,
                                                Boolean accurate, String comment) {
}
