package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** When the default goes and other addresses remain, a {@link DefaultAddressSetEvent} for its successor follows. */
public record AddressRemovedEvent(UserId userId, long addressId) {
}
