package com.skincare.shop.api.recommendations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The user's word on one of their analyses: a rating from 1 to 5, whether the skin type was right, a comment.
 * A later word on the same analysis replaces it.
 */
public record RecordSkinAnalysisFeedbackCommand(@TargetAggregateIdentifier SkinAnalysesId skinAnalysesId,
                                                int analysisId, int rating, Boolean accurate, String comment) {
}
