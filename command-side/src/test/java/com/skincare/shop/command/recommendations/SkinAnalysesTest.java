package com.skincare.shop.command.recommendations;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.recommendations.AgeRange;
import com.skincare.shop.api.recommendations.AnalyzeSkinCommand;
import com.skincare.shop.api.recommendations.RecordSkinAnalysisFeedbackCommand;
import com.skincare.shop.api.recommendations.SkinAnalysesId;
import com.skincare.shop.api.recommendations.SkinAnalysisFeedbackRecordedEvent;
import com.skincare.shop.api.recommendations.SkinAnalyzedEvent;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;

class SkinAnalysesTest {

    private static final SkinAnalysesId SOPHEAS = SkinAnalysesId.of(7);
    private static final SkinQuestionnaire OILY = new SkinQuestionnaire(5, 1, 2, 4, false, AgeRange.FROM_18_TO_24,
            List.of("large pores"));

    private FixtureConfiguration<SkinAnalyses> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SkinAnalyses.class);
    }

    private static SkinAnalyzedEvent analysed(int number) {
        return new SkinAnalyzedEvent(SOPHEAS, number, OILY, SkinType.OILY, List.of("acne", "large pores", "oiliness"));
    }

    @Test
    void theFirstAnalysisIsNumberOneWithWhatTheAnswersSay() {
        fixture.givenNoPriorActivity()
                .when(new AnalyzeSkinCommand(SOPHEAS, OILY))
                .expectEvents(analysed(1))
                .expectResultMessagePayload(1);
    }

    @Test
    void laterAnalysesCountOn() {
        fixture.given(analysed(1), analysed(2))
                .when(new AnalyzeSkinCommand(SOPHEAS, OILY))
                .expectEvents(analysed(3))
                .expectResultMessagePayload(3);
    }

    @Test
    void feedbackIsOnOneOfTheUsersAnalyses() {
        fixture.given(analysed(1), analysed(2))
                .when(new RecordSkinAnalysisFeedbackCommand(SOPHEAS, 2, 4, true, "Right about the pores"))
                .expectEvents(new SkinAnalysisFeedbackRecordedEvent(SOPHEAS, 2, 4, true, "Right about the pores"));
    }

    @Test
    void feedbackOnAnAnalysisNotTakenIsNotFound() {
        fixture.given(analysed(1))
                .when(new RecordSkinAnalysisFeedbackCommand(SOPHEAS, 2, 4, null, null))
                .expectException(notFound("ANALYSIS_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void feedbackBeforeAnyAnalysisIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordSkinAnalysisFeedbackCommand(SOPHEAS, 1, 4, null, null))
                .expectException(notFound("ANALYSIS_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void aRatingOutsideOneToFiveIsRefused() {
        fixture.given(analysed(1))
                .when(new RecordSkinAnalysisFeedbackCommand(SOPHEAS, 1, 6, null, null))
                .expectException(invalid("rating"))
                .expectNoEvents();
    }
}
