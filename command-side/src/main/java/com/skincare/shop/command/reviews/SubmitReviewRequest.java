package com.skincare.shop.command.reviews;

import com.skincare.shop.api.reviews.ReviewContent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/reviews}: the product and what the customer has to say of it. */
public record SubmitReviewRequest(
        @NotNull @Positive Long productId,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = Review.MAX_TITLE_LENGTH) String title,
        @Size(max = Review.MAX_COMMENT_LENGTH) String comment) {

    ReviewContent content() {
        return new ReviewRequest(rating, title, comment).content();
    }
}
