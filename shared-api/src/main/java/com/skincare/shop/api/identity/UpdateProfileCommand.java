package com.skincare.shop.api.identity;

import com.skincare.shop.api.common.UserId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Replaces every profile value; an absent one is cleared, or takes its documented default. */
public record UpdateProfileCommand(@TargetAggregateIdentifier UserId userId, UserProfile profile) {

    public UpdateProfileCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
