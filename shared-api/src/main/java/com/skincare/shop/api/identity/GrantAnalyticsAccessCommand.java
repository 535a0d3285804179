package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin lets a user read the event feed: their tokens then carry the {@code analytics} role beside their
 * documented role, which stays as it is. Granting again records nothing.
 */
public record GrantAnalyticsAccessCommand(@TargetAggregateIdentifier UserId userId) {
}
