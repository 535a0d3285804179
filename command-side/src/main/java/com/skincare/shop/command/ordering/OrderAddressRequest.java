package com.skincare.shop.command.ordering;

import com.skincare.shop.api.ordering.OrderAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An address in the body of {@code POST /api/v1/orders}, with the sizes of the documented {@code user_addresses}
 * columns. A parcel needs a name, a street, a city, a postal code, a country and a phone to call.
 */
public record OrderAddressRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String company,
        @NotBlank @Size(max = 255) String addressLine1,
        @Size(max = 255) String addressLine2,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String state,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String country,
        @NotBlank @Size(max = 20) String phone) {

    OrderAddress address() {
        return new OrderAddress(firstName.strip(), lastName.strip(), company, addressLine1.strip(), addressLine2,
                city.strip(), state, postalCode.strip(), country.strip(), phone.strip());
    }
}
