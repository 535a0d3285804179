package com.skincare.shop.api.recommendations;

import com.skincare.shop.api.common.SkinType;

import java.util.List;

/**
 * The documented {@code skin_profile} of a recommendation document. {@code preferredBrands} is kept as given but
 * matches nothing, since the documented {@code products} carry no brand.
 */
public record SkinProfile(SkinType skinType, List<String> concerns, String ageRange, List<String> preferredBrands,
                          BudgetRange budgetRange) {

    public SkinProfile {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        preferredBrands = preferredBrands == null ? List.of() : List.copyOf(preferredBrands);
    }

    public static SkinProfile ofSkinType(SkinType skinType) {
        return new SkinProfile(skinType, List.of(), null, List.of(), null);
    }
}
