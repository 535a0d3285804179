package com.skincare.shop.command.reviews;

import com.skincare.shop.api.reviews.DeleteReviewCommand;
import com.skincare.shop.api.reviews.EditReviewCommand;
import com.skincare.shop.api.reviews.MarkReviewHelpfulCommand;
import com.skincare.shop.api.reviews.ModerateReviewCommand;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewDeletedEvent;
import com.skincare.shop.api.reviews.ReviewEditedEvent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewMarkedHelpfulEvent;
import com.skincare.shop.api.reviews.ReviewRejectedEvent;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.api.reviews.SubmitReviewCommand;
import com.skincare.shop.api.common.UserId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.skincare.shop.command.RejectionMatchers.conflict;
import static com.skincare.shop.command.RejectionMatchers.invalid;
import static com.skincare.shop.command.RejectionMatchers.notFound;
import static com.skincare.shop.command.RejectionMatchers.ruleBroken;
import static com.skincare.shop.command.reviews.ReviewFixtures.AUTHOR;
import static com.skincare.shop.command.reviews.ReviewFixtures.GLOWING;
import static com.skincare.shop.command.reviews.ReviewFixtures.MODERATOR;
import static com.skincare.shop.command.reviews.ReviewFixtures.OTHER_CUSTOMER;
import static com.skincare.shop.command.reviews.ReviewFixtures.PRODUCTS;
import static com.skincare.shop.command.reviews.ReviewFixtures.REVIEW;
import static com.skincare.shop.command.reviews.ReviewFixtures.SECOND_THOUGHTS;
import static com.skincare.shop.command.reviews.ReviewFixtures.SERUM;
import static com.skincare.shop.command.reviews.ReviewFixtures.UNKNOWN_PRODUCT;
import static com.skincare.shop.command.reviews.ReviewFixtures.approved;
import static com.skincare.shop.command.reviews.ReviewFixtures.submit;
import static com.skincare.shop.command.reviews.ReviewFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewTest {

    private ReviewFixtures.InMemoryReviewLookup lookup;
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        lookup = new ReviewFixtures.InMemoryReviewLookup();
        fixture = new AggregateTestFixture<>(Review.class);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource(PRODUCTS);
    }

    @Nested
    class Submit {

        @Test
        void aReviewStartsPendingAndClaimsTheCustomersOneReviewOfTheProduct() {
            fixture.givenNoPriorActivity()
                    .when(submit())
                    .expectEvents(submitted());

            assertThat(lookup.owner(AUTHOR, SERUM)).isEqualTo(REVIEW.value());
        }

        @Test
        void cannotReviewAProductTwice() {
            lookup.claim(AUTHOR, SERUM, ReviewId.of(11));

            fixture.givenNoPriorActivity()
                    .when(submit())
                    .expectException(conflict("ALREADY_REVIEWED", "product_id"))
                    .expectNoEvents();
        }

        @Test
        void cannotReviewAnUnknownProduct() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitReviewCommand(REVIEW, UNKNOWN_PRODUCT, AUTHOR, GLOWING))
                    .expectException(notFound("PRODUCT_NOT_FOUND"))
                    .expectNoEvents();

            assertThat(lookup.owner(AUTHOR, UNKNOWN_PRODUCT)).isNull();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1, 100})
        void theRatingIsFromOneToFive(int rating) {
            fixture.givenNoPriorActivity()
                    .when(new SubmitReviewCommand(REVIEW, SERUM, AUTHOR, new ReviewContent(rating, null, null)))
                    .expectException(invalid("rating"))
                    .expectNoEvents();
        }

        @Test
        void titleAndCommentHaveALimit() {
            fixture.givenNoPriorActivity()
                    .when(new SubmitReviewCommand(REVIEW, SERUM, AUTHOR, new ReviewContent(4, "t".repeat(256), null)))
                    .expectException(invalid("title"));
            fixture.givenNoPriorActivity()
                    .when(new SubmitReviewCommand(REVIEW, SERUM, AUTHOR, new ReviewContent(4, null, "c".repeat(5001))))
                    .expectException(invalid("comment"));
        }
    }

    @Nested
    class Edit {

        @Test
        void theAuthorsEditGoesBackToModeration() {
            fixture.given(submitted(), approved())
                    .when(new EditReviewCommand(REVIEW, AUTHOR, SECOND_THOUGHTS))
                    .expectEvents(new ReviewEditedEvent(REVIEW, SECOND_THOUGHTS))
                    .expectState(review -> assertThat(review).extracting("status").isEqualTo(ReviewStatus.PENDING));
        }

        @Test
        void anotherCustomersReviewIsNotFound() {
            fixture.given(submitted())
                    .when(new EditReviewCommand(REVIEW, OTHER_CUSTOMER, SECOND_THOUGHTS))
                    .expectException(notFound("REVIEW_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void anEditKeepsTheRatingRule() {
            fixture.given(submitted())
                    .when(new EditReviewCommand(REVIEW, AUTHOR, new ReviewContent(0, null, null)))
                    .expectException(invalid("rating"));
        }
    }

    @Nested
    class Moderate {

        @Test
        void aModeratorApproves() {
            fixture.given(submitted())
                    .when(new ModerateReviewCommand(REVIEW, ReviewStatus.APPROVED, MODERATOR))
                    .expectEvents(approved());
        }

        @Test
        void anApprovedReviewCanStillBeRejected() {
            fixture.given(submitted(), approved())
                    .when(new ModerateReviewCommand(REVIEW, ReviewStatus.REJECTED, MODERATOR))
                    .expectEvents(new ReviewRejectedEvent(REVIEW, SERUM, MODERATOR));
        }

        @Test
        void theStatusItHasRecordsNothing() {
            fixture.given(submitted(), approved())
                    .when(new ModerateReviewCommand(REVIEW, ReviewStatus.APPROVED, MODERATOR))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void pendingIsNotADecision() {
            fixture.given(submitted(), approved())
                    .when(new ModerateReviewCommand(REVIEW, ReviewStatus.PENDING, MODERATOR))
                    .expectException(invalid("status"));
        }
    }

    @Nested
    class Delete {

        @Test
        void theAuthorDeletesAndMayReviewTheProductAgain() {
            lookup.claim(AUTHOR, SERUM, REVIEW);

            fixture.given(submitted())
                    .when(new DeleteReviewCommand(REVIEW, AUTHOR, false))
                    .expectEvents(new ReviewDeletedEvent(REVIEW, SERUM, AUTHOR));

            assertThat(lookup.owner(AUTHOR, SERUM)).isNull();
        }

        @Test
        void aModeratorDeletesAnyReview() {
            fixture.given(submitted(), approved())
                    .when(new DeleteReviewCommand(REVIEW, MODERATOR, true))
                    .expectEvents(new ReviewDeletedEvent(REVIEW, SERUM, MODERATOR));
        }

        @Test
        void anotherCustomerCannotDeleteIt() {
            lookup.claim(AUTHOR, SERUM, REVIEW);

            fixture.given(submitted())
                    .when(new DeleteReviewCommand(REVIEW, OTHER_CUSTOMER, false))
                    .expectException(notFound("REVIEW_NOT_FOUND"));

            assertThat(lookup.owner(AUTHOR, SERUM)).isEqualTo(REVIEW.value());
        }

        @Test
        void aDeletedReviewIsNotFoundByAnyCommand() {
            ReviewDeletedEvent deleted = new ReviewDeletedEvent(REVIEW, SERUM, AUTHOR);
            Object[] commands = {
                    new EditReviewCommand(REVIEW, AUTHOR, SECOND_THOUGHTS),
                    new ModerateReviewCommand(REVIEW, ReviewStatus.APPROVED, MODERATOR),
                    new DeleteReviewCommand(REVIEW, MODERATOR, true),
                    new DeleteReviewCommand(REVIEW, AUTHOR, false),
                    new MarkReviewHelpfulCommand(REVIEW, OTHER_CUSTOMER)};
            for (Object command : commands) {
                fixture.given(submitted(), approved(), deleted)
                        .when(command)
                        .expectException(notFound("REVIEW_NOT_FOUND"))
                        .expectNoEvents();
            }
        }
    }

    @Nested
    class Helpful {

        @Test
        void eachCustomerCountsOnce() {
            fixture.given(submitted(), approved())
                    .when(new MarkReviewHelpfulCommand(REVIEW, OTHER_CUSTOMER))
                    .expectEvents(new ReviewMarkedHelpfulEvent(REVIEW, OTHER_CUSTOMER, 1));
            fixture.given(submitted(), approved(), new ReviewMarkedHelpfulEvent(REVIEW, OTHER_CUSTOMER, 1))
                    .when(new MarkReviewHelpfulCommand(REVIEW, OTHER_CUSTOMER))
                    .expectException(conflict("ALREADY_MARKED_HELPFUL", null))
                    .expectNoEvents();
            fixture.given(submitted(), approved(), new ReviewMarkedHelpfulEvent(REVIEW, OTHER_CUSTOMER, 1))
                    .when(new MarkReviewHelpfulCommand(REVIEW, UserId.of(9)))
                    .expectEvents(new ReviewMarkedHelpfulEvent(REVIEW, UserId.of(9), 2));
        }

        @Test
        void notForOnesOwnReview() {
            fixture.given(submitted(), approved())
                    .when(new MarkReviewHelpfulCommand(REVIEW, AUTHOR))
                    .expectException(ruleBroken("OWN_REVIEW"));
        }

        @Test
        void onlyAPublicReviewCanBeFoundHelpful() {
            fixture.given(submitted())
                    .when(new MarkReviewHelpfulCommand(REVIEW, OTHER_CUSTOMER))
                    .expectException(notFound("REVIEW_NOT_FOUND"));
        }
    }
}
