package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A signed-in customer finds a public review helpful; each customer counts once, and never for their own. */
public record MarkReviewHelpfulCommand(@TargetAggregateIdentifier ReviewId reviewId, UserId voter) {

    public MarkReviewHelpfulCommand {
        Objects.requireNonNull(voter, "voter");
    }
}
