package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The user's role is now {@code role}; tokens issued under the old role stop working. */
public record UserRoleChangedEvent(UserId userId, UserRole role) {
}
