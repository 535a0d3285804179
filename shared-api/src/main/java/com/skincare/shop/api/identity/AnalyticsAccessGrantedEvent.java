package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

/** The user may read the event feed; their open sessions end, so the next sign-in carries the grant. */
public record AnalyticsAccessGrantedEvent(UserId userId) {
}
