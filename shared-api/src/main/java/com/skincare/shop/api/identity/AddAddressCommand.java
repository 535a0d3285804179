package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Adds an address under an id allocated beforehand. The first address becomes the default whatever is asked. */
public record AddAddressCommand(
        @TargetAggregateIdentifier UserId userId,
        long addressId,
        Address address,
        boolean makeDefault) {

    public AddAddressCommand {
        Objects.requireNonNull(address, "address");
    }
}
