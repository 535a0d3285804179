package com.skincare.shop.command.recommendations;

import com.skincare.shop.api.recommendations.AgeRange;
import com.skincare.shop.api.recommendations.SkinQuestionnaire;
import com.skincare.shop.web.errors.InvalidRequestException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /ml/v1/skin-analysis/analyze}: four answers from 1 to 5, {@code t_zone_oily}, an
 * {@code age_range} of {@link AgeRange} and {@code concerns} from {@link SkinQuestionnaire#CONCERNS}.
 */
record SkinQuestionnaireRequest(@NotNull @Min(1) @Max(5) Integer oiliness,
                                @NotNull @Min(1) @Max(5) Integer dryness,
                                @NotNull @Min(1) @Max(5) Integer sensitivity,
                                @NotNull @Min(1) @Max(5) Integer breakouts,
                                Boolean tZoneOily,
                                String ageRange,
                                @Size(max = 10) List<@NotNull String> concerns) {

    SkinQuestionnaire toQuestionnaire() {
        AgeRange age = null;
        if (ageRange != null) {
            age = AgeRange.fromCode(ageRange.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new InvalidRequestException("age_range", "age_range must be one of " + Arrays.stream(
                            AgeRange.values()).map(AgeRange::code).collect(Collectors.joining(", "))));
        }
        List<String> named = concerns == null ? List.of()
                : concerns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String concern : named) {
            if (!SkinQuestionnaire.CONCERNS.contains(concern)) {
                throw new InvalidRequestException("concerns", "concerns must be among "
                        + String.join(", ", SkinQuestionnaire.CONCERNS));
            }
        }
        return new SkinQuestionnaire(oiliness, dryness, sensitivity, breakouts, Boolean.TRUE.equals(tZoneOily), age,
                named);
    }
}
