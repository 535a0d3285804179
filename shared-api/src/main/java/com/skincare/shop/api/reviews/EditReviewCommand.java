package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The author ({@code requestedBy}) rewrites their review; it goes back to moderation. */
public record EditReviewCommand(@TargetAggregateIdentifier ReviewId reviewId, UserId requestedBy,
                                ReviewContent content) {

    public EditReviewCommand {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(content, "content");
    }
}
