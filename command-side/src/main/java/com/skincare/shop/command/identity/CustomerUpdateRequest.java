package com.skincare.shop.command.identity;

import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of {@code PUT /api/v1/admin/customers/{id}}: the user's whole profile, as in
 * {@link ProfileRequest}, and optionally a new role.
 */
public record CustomerUpdateRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 20)
        @Pattern(regexp = IdentityRequestPatterns.PHONE, message = IdentityRequestPatterns.PHONE_MESSAGE) String phone,
        @Past LocalDate dateOfBirth,
        Gender gender,
        SkinType skinType,
        Language language,
        UserRole role) {

    UserProfile profile() {
        return new UserProfile(firstName.strip(), lastName.strip(), phone, dateOfBirth, gender, skinType, language);
    }
}
