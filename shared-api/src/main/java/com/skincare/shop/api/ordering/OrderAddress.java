package com.skincare.shop.api.ordering;

/** An address as the order keeps it (the documented {@code shipping_address} / {@code billing_address} JSON). */
public record OrderAddress(
        String firstName,
        String lastName,
        String company,
        String addressLine1,
        String addressLine2,
        String city,
        String state,
        String postalCode,
        String country,
        String phone) {
}
