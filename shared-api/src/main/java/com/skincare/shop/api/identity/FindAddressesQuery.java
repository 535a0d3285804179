package com.skincare.shop.api.identity;

/** Answers a {@code List<AddressView>}: the user's addresses, the default first, then in the order they were added. */
public record FindAddressesQuery(long userId) {
}
