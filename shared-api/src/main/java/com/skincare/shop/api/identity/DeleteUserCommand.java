package com.skincare.shop.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin deletes a user; the email becomes free to register again. */
public record DeleteUserCommand(@TargetAggregateIdentifier UserId userId) {
}
