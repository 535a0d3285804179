package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetDefaultAddressCommand(@TargetAggregateIdentifier UserId userId, long addressId) {
}
