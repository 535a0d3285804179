package com.skincare.shop.api.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A customer reviews a product, under a review id allocated beforehand; one review per customer and product. */
public record SubmitReviewCommand(@TargetAggregateIdentifier ReviewId reviewId, ProductId productId, UserId author,
                                  ReviewContent content) {

    public SubmitReviewCommand {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
    }
}
