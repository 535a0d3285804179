package com.skincare.shop.command.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.identity.Address;
import com.skincare.shop.api.identity.AddressType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of the address endpoints, in the documented {@code user_addresses} columns and sizes. An absent type
 * is {@code shipping}; {@code is_default} counts only when the address is added (its own endpoint changes the
 * default later), and the first address is the default whatever it says.
 */
public record AddressRequest(
        AddressType type,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 100) String company,
        @NotBlank @Size(max = 255) String addressLine1,
        @Size(max = 255) String addressLine2,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String state,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String country,
        @Size(max = 20)
        @Pattern(regexp = IdentityRequestPatterns.PHONE, message = IdentityRequestPatterns.PHONE_MESSAGE) String phone,
        @JsonProperty("is_default") Boolean makeDefault) {

    Address address() {
        return new Address(type, firstName, lastName, company, addressLine1, addressLine2, city, state, postalCode,
                country, phone);
    }

    boolean wantsDefault() {
        return makeDefault != null && makeDefault;
    }
}
