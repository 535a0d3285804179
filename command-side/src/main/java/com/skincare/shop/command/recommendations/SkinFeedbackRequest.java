package com.skincare.shop.command.recommendations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /ml/v1/skin-analysis/feedback}. */
record SkinFeedbackRequest(@NotNull @Min(1) Integer analysisId,
                           @NotNull @Min(1) @Max(5) Integer rating,
                           Boolean accurate,
                           @Size(max = SkinAnalyses.MAX_COMMENT) String comment) {
}
