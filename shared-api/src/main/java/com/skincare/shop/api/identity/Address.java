package com.skincare.shop.api.identity;

/**
 * One address of a user, in the documented {@code user_addresses} columns. Whether it is the default is not
 * here: that changes through its own command and event. An absent type is the documented {@code shipping}.
 */
public record Address(
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
        String phone) {

    public Address {
        type = type == null ? AddressType.SHIPPING : type;
    }
}
