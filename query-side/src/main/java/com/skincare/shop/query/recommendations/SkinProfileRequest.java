package com.skincare.shop.query.recommendations;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.recommendations.BudgetRange;
import com.skincare.shop.api.recommendations.SkinProfile;
import com.skincare.shop.query.RequestParameters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /ml/v1/recommendations/skin-based}: the documented {@code skin_profile}. The skin type
 * is one of the documented {@code skin_type} values; a budget's minimum may not exceed its maximum.
 */
record SkinProfileRequest(@NotBlank String skinType,
                          @Size(max = 10) List<@NotBlank @Size(max = 50) String> concerns,
                          @Size(max = 20) String ageRange,
                          @Size(max = 10) List<@NotBlank @Size(max = 50) String> preferredBrands,
                          @Valid Budget budgetRange) {

    record Budget(@DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal min,
                  @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal max) {
    }

    SkinProfile toProfile() {
        SkinType type = RequestParameters.code("skin_type", skinType, SkinType::fromCode, SkinType.values(),
                SkinType::code);
        BudgetRange budget = null;
        if (budgetRange != null) {
            if (budgetRange.min() != null && budgetRange.max() != null
                    && budgetRange.min().compareTo(budgetRange.max()) > 0) {
                throw RequestParameters.invalid("budget_range.min", "must not be more than budget_range.max");
            }
            budget = new BudgetRange(budgetRange.min(), budgetRange.max());
        }
        return new SkinProfile(type, concerns, ageRange, preferredBrands, budget);
    }
}
