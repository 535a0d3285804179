package com.skincare.shop.api.identity;

public record UserActivatedEvent(UserId userId) {
}
