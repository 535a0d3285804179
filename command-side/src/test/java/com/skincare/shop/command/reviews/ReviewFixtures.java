package com.skincare.shop.command.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.api.reviews.SubmitReviewCommand;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Commands, events and collaborators of the review's specs, with defaults worth reading. */
final class ReviewFixtures {

    static final ReviewId REVIEW = ReviewId.of(12);
    static final ProductId SERUM = ProductId.of(5);
    static final ProductId UNKNOWN_PRODUCT = ProductId.of(999);
    static final UserId AUTHOR = UserId.of(7);
    static final UserId OTHER_CUSTOMER = UserId.of(8);
    static final UserId MODERATOR = UserId.of(2);
    static final ReviewContent GLOWING = new ReviewContent(5, "My skin glows", "Two weeks in and no more dull mornings.");
    static final ReviewContent SECOND_THOUGHTS = new ReviewContent(3, "Good, not great", null);

    /** Products 1 to 100 exist. */
    static final com.skincare.shop.command.ProductDirectory PRODUCTS =
            com.skincare.shop.command.InMemoryProductDirectory.upTo(100);

    private ReviewFixtures() {
    }

    static SubmitReviewCommand submit() {
        return new SubmitReviewCommand(REVIEW, SERUM, AUTHOR, GLOWING);
    }

    static ReviewSubmittedEvent submitted() {
        return new ReviewSubmittedEvent(REVIEW, SERUM, AUTHOR, GLOWING);
    }

    static ReviewApprovedEvent approved() {
        return new ReviewApprovedEvent(REVIEW, SERUM, MODERATOR);
    }

    /** {@link ReviewLookup} in a map; the same promises minus the transactions. */
    static final class InMemoryReviewLookup implements ReviewLookup {

        private final Map<Set<Long>, Long> claims = new HashMap<>();

        @Override
        public boolean claim(UserId author, ProductId product, ReviewId review) {
            return claims.computeIfAbsent(Set.of(author.value(), -product.value()), key -> review.value())
                    == review.value();
        }

        @Override
        public void release(UserId author, ProductId product, ReviewId review) {
            claims.remove(Set.of(author.value(), -product.value()), review.value());
        }

        Long owner(UserId author, ProductId product) {
            return claims.get(Set.of(author.value(), -product.value()));
        }
    }
}
