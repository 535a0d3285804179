package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin takes the event feed away from a user; revoking what was never granted records nothing. */
public record RevokeAnalyticsAccessCommand(@TargetAggregateIdentifier UserId userId) {
}
