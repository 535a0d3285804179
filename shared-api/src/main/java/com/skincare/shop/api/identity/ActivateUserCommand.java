package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin lifts a suspension. */
public record ActivateUserCommand(@TargetAggregateIdentifier UserId userId) {
}
