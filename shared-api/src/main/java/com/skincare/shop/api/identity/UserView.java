package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.common.SkinType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A user as the {@code users} read table holds them, without what must never leave it: the password hash and
 * the verification and reset tokens.
 */
public record UserView(
        long id,
        String email,
        String firstName,
        String lastName,
        String phone,
        LocalDate dateOfBirth,
        Gender gender,
        SkinType skinType,
        Language language,
        UserRole role,
        @JsonProperty("is_active") boolean active,
        boolean emailVerified,
        Instant emailVerifiedAt,
        int totalOrders,
        BigDecimal totalSpent,
        BigDecimal avgRating,
        Instant createdAt,
        Instant updatedAt) {
}
