package com.skincare.shop.api.identity;

/** Every profile column takes the value here. */
public record ProfileUpdatedEvent(UserId userId, UserProfile profile) {
}
