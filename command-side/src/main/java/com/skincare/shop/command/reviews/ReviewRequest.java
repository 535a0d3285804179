package com.skincare.shop.command.reviews;

import com.skincare.shop.api.reviews.ReviewContent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/v1/reviews/{id}}: the review's new content; the product stays. */
public record ReviewRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = Review.MAX_TITLE_LENGTH) String title,
        @Size(max = Review.MAX_COMMENT_LENGTH) String comment) {

    ReviewContent content() {
        return new ReviewContent(rating, blankToNull(title), blankToNull(comment));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
