package com.skincare.shop.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** One row of the {@code user_addresses} read table. */
public record AddressView(
        long id,
        long userId,
        AddressType type,
        String firstName,
        String lastName,
        String company,
        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String postalCode,
        String country,
        String phone,
        @JsonProperty("is_default") boolean defaultAddress,
        Instant createdAt) {
}
