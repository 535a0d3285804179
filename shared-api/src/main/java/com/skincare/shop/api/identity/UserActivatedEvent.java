package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

public record UserActivatedEvent(UserId userId) {
}
