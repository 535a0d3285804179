package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveAddressCommand(@TargetAggregateIdentifier UserId userId, long addressId) {
}
