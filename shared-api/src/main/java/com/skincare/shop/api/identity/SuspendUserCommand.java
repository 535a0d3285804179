package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin suspends a user; {@code reason} is for the record and may be absent. */
public record SuspendUserCommand(@TargetAggregateIdentifier UserId userId, String reason) {
}
