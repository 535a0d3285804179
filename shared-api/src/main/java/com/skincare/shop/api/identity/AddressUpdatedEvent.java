package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** Every column of the address takes the value here; whether it is the default does not change. */
public record AddressUpdatedEvent(UserId userId, long addressId, Address address) {
}
