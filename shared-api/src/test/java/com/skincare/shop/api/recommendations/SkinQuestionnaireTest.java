package com.skincare.shop.api.recommendations;

import com.skincare.shop.api.common.SkinType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkinQuestionnaireTest {

    private static SkinQuestionnaire.SkinAssessment assess(int oiliness, int dryness, int sensitivity, int breakouts,
                                                           boolean tZone, AgeRange age, String... concerns) {
        return new SkinQuestionnaire(oiliness, dryness, sensitivity, breakouts, tZone, age, List.of(concerns))
                .assess();
    }

    @Test
    void theFirstRuleThatHoldsNamesTheSkinType() {
        assertThat(assess(5, 5, 4, 1, true, null).skinType()).as("sensitivity first").isEqualTo(SkinType.SENSITIVE);
        assertThat(assess(2, 1, 1, 1, true, null).skinType()).as("an oily T-zone").isEqualTo(SkinType.COMBINATION);
        assertThat(assess(3, 3, 1, 1, false, null).skinType()).as("oily and dry").isEqualTo(SkinType.COMBINATION);
        assertThat(assess(4, 2, 3, 1, false, null).skinType()).isEqualTo(SkinType.OILY);
        assertThat(assess(2, 4, 1, 1, false, null).skinType()).isEqualTo(SkinType.DRY);
        assertThat(assess(3, 2, 3, 2, false, null).skinType()).isEqualTo(SkinType.NORMAL);
    }

    @Test
    void concernsAreTheNamedOnesAndThoseTheAnswersShowSortedOnce() {
        assertThat(assess(4, 4, 3, 3, false, AgeRange.FROM_45_TO_54, "redness", "acne").concerns())
                .containsExactly("acne", "dryness", "fine lines", "oiliness", "redness", "sensitivity");
        assertThat(assess(1, 1, 1, 1, false, AgeRange.FROM_25_TO_34).concerns()).isEmpty();
    }

    @Test
    void answersOutOfRangeAndUnknownConcernsAreRefused() {
        assertThatThrownBy(() -> new SkinQuestionnaire(0, 1, 1, 1, false, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkinQuestionnaire(1, 6, 1, 1, false, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkinQuestionnaire(1, 1, 1, 1, false, null, List.of("freckles")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
