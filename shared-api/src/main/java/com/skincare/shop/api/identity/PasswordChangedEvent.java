package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/**
 * The user changed their password. It also ends any pending password reset, so a reset mail sent before the
 * change no longer works.
 */
public record PasswordChangedEvent(UserId userId, String newPasswordHash) {

    @Override
    public String toString() {
        return "PasswordChangedEvent[userId=" + userId + "]";
    }
}
