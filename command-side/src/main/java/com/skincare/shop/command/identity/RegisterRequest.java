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
 * The body of {@code POST /api/v1/auth/register}. Sizes follow the documented {@code users} columns; the
 * password's rules are {@link PasswordPolicy}'s, checked before it is hashed.
 */
public record RegisterRequest(
        @NotBlank @Size(max = 255)
        @Pattern(regexp = IdentityRequestPatterns.EMAIL, message = IdentityRequestPatterns.EMAIL_MESSAGE) String email,
        @NotBlank String password,
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

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + "]";
    }
}
