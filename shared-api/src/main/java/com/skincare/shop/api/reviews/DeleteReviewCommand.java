package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Deletes a review: the author's own ({@code asModerator} false), or any review by a moderator or admin. The
 * author may then review the product again.
 */
public record DeleteReviewCommand(@TargetAggregateIdentifier ReviewId reviewId, UserId requestedBy,
                                  boolean asModerator) {

    public DeleteReviewCommand {
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
