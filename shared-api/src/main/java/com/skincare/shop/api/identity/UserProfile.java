package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.SkinType;

import java.time.LocalDate;

/**
 * What a user edits about themselves, in the documented {@code users} columns. An absent skin type or language
 * takes the documented default here, so every event carries the value the row will hold and a projector never
 * has to know the defaults.
 */
public record UserProfile(
        String firstName,
        String lastName,
        String phone,
        LocalDate dateOfBirth,
        Gender gender,
        SkinType skinType,
        Language language) {

    public UserProfile {
        skinType = skinType == null ? SkinType.NORMAL : skinType;
        language = language == null ? Language.EN : language;
    }
}
