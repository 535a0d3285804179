package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetDefaultAddressCommand(@TargetAggregateIdentifier UserId userId, long addressId) {
}
