package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The address becomes the user's only default: set on it, cleared on every other address of the user. */
public record DefaultAddressSetEvent(UserId userId, long addressId) {
}
