package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** Every profile column takes the value here. */
public record ProfileUpdatedEvent(UserId userId, UserProfile profile) {
}
