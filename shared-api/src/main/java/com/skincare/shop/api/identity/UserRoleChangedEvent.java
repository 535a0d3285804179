package com.skincare.shop.api.identity;

/** The user's role is now {@code role}; tokens issued under the old role stop working. */
public record UserRoleChangedEvent(UserId userId, UserRole role) {
}
