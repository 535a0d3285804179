package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The address arrives as not the default; a {@link DefaultAddressSetEvent} follows when it becomes the default. */
public record AddressAddedEvent(UserId userId, long addressId, Address address) {
}
