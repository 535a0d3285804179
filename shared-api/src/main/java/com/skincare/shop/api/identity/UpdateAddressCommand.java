package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Replaces every value of one address; whether it is the default does not change. */
public record UpdateAddressCommand(@TargetAggregateIdentifier UserId userId, long addressId, Address address) {

    public UpdateAddressCommand {
        Objects.requireNonNull(address, "address");
    }
}
