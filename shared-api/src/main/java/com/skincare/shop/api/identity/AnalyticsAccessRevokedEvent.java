package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The user may no longer read the event feed; their open sessions end at once. */
public record AnalyticsAccessRevokedEvent(UserId userId) {
}
