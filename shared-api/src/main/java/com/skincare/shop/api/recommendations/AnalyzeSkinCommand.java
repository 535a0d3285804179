package com.skincare.shop.api.recommendations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Records a skin analysis from the questionnaire; answers its number among the user's analyses, from 1. */
public record AnalyzeSkinCommand(@TargetAggregateIdentifier SkinAnalysesId skinAnalysesId,
                                 SkinQuestionnaire questionnaire) {

    public AnalyzeSkinCommand {
        Objects.requireNonNull(questionnaire, "questionnaire");
    }
}
