package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of {@code PUT /api/v1/auth/profile}: the whole profile, as a PUT replaces it; an absent optional
 * value is cleared, an absent skin type or language takes its documented default ({@code normal}, {@code en}).
 */
public record ProfileRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20)
        @Pattern(regexp = IdentityRequestPatterns.PHONE, message = IdentityRequestPatterns.PHONE_MESSAGE) String phone,
        @Past LocalDate dateOfBirth,
        Gender gender,
        SkinType skinType,
        Language language) {

    UserProfile profile() {
        return new UserProfile(firstName.strip(), lastName.strip(), phone, dateOfBirth, gender, skinType, language);
    }
}
