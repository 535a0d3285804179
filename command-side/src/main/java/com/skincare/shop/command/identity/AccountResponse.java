package com.skincare.shop.command.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.skincare.shop.api.common.SkinType;
import com.skincare.shop.api.identity.Gender;
import com.skincare.shop.api.identity.Language;
import com.skincare.shop.api.identity.RegisterUserCommand;
import com.skincare.shop.api.identity.UserProfile;
import com.skincare.shop.api.identity.UserRole;

import java.time.LocalDate;

/**
 * A user's account as a write answers it, from the command that was carried out; the read model's full row is
 * at {@code GET /api/v1/auth/me} and {@code /api/v1/admin/customers/{id}}.
 */
public record AccountResponse(
        long id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        String firstName,
        String lastName,
        String phone,
        LocalDate dateOfBirth,
        Gender gender,
        SkinType skinType,
        Language language,
        @JsonInclude(JsonInclude.Include.NON_NULL) UserRole role,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean emailVerified) {

    static AccountResponse registered(RegisterUserCommand command) {
        return of(command.userId().value(), command.email(), command.profile(), command.role(),
                command.verifiedAt() != null);
    }

    /** After a profile change: the email and verification are not part of it and are left out, the role unless set. */
    static AccountResponse profile(long id, UserProfile profile, UserRole role) {
        return of(id, null, profile, role, null);
    }

    private static AccountResponse of(long id, String email, UserProfile profile, UserRole role, Boolean verified) {
        return new AccountResponse(id, email, profile.firstName(), profile.lastName(), profile.phone(),
                profile.dateOfBirth(), profile.gender(), profile.skinType(), profile.language(), role, verified);
    }
}
