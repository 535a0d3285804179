package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The password was reset through a reset token, which is now spent. */
public record PasswordResetEvent(UserId userId, String newPasswordHash) {

    @Override
    public String toString() {
        return "PasswordResetEvent[userId=" + userId + "]";
    }
}
