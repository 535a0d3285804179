package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A moderator or admin ({@code moderator}) approves or rejects a review. Setting the status it already has
 * records nothing; {@code pending} is not a moderator's decision and is refused.
 */
public record ModerateReviewCommand(@TargetAggregateIdentifier ReviewId reviewId, ReviewStatus status,
                                    UserId moderator) {

    public ModerateReviewCommand {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(moderator, "moderator");
    }
}
