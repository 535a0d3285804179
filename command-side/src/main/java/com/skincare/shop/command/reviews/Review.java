package com.skincare.shop.command.reviews;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.DeleteReviewCommand;
import com.skincare.shop.api.reviews.EditReviewCommand;
import com.skincare.shop.api.reviews.MarkReviewHelpfulCommand;
import com.skincare.shop.api.reviews.ModerateReviewCommand;
import com.skincare.shop.api.reviews.ReviewApprovedEvent;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewDeletedEvent;
import com.skincare.shop.api.reviews.ReviewEditedEvent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewMarkedHelpfulEvent;
import com.skincare.shop.api.reviews.ReviewRejectedEvent;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.api.reviews.ReviewSubmittedEvent;
import com.skincare.shop.api.reviews.SubmitReviewCommand;
import com.skincare.shop.command.ProductDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static com.skincare.shop.command.Refusals.conflict;
import static com.skincare.shop.command.Refusals.invalid;
import static com.skincare.shop.command.Refusals.notFound;
import static com.skincare.shop.command.Refusals.rule;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's review of a product. New and edited reviews wait for a moderator; only approved ones are public.
 * Only its author edits it; its author or a moderator deletes it. Each customer may find a public review helpful
 * once, and never their own. A review that is not the caller's, or is gone, is simply not found.
 * <p>
 * Snapshots are JSON through the event store's plain Jackson mapper, hence the field visibility.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Review {

    static final int MAX_TITLE_LENGTH = 255;
    static final int MAX_COMMENT_LENGTH = 5000;

    @AggregateIdentifier
    private ReviewId reviewId;
    private ProductId productId;
    private UserId author;
    private ReviewStatus status;
    private boolean deleted;
    private Set<Long> helpfulVoters = new HashSet<>();

    protected Review() {
        // for Axon and for snapshots
    }

    @CommandHandler
    public Review(SubmitReviewCommand command, ReviewLookup lookup, ProductDirectory products) {
        checkContent(command.content());
        if (!products.exists(command.productId())) {
            throw notFound("PRODUCT_NOT_FOUND", "No product has id " + command.productId().value());
        }
        if (!lookup.claim(command.author(), command.productId(), command.reviewId())) {
            throw conflict("ALREADY_REVIEWED", "product_id", "You have already reviewed this product");
        }
        apply(new ReviewSubmittedEvent(command.reviewId(), command.productId(), command.author(),
                command.content()));
    }

    @CommandHandler
    public void handle(EditReviewCommand command) {
        checkVisibleTo(command.requestedBy());
        checkContent(command.content());
        apply(new ReviewEditedEvent(reviewId, command.content()));
    }

    /** Declarative: setting the status the review has records nothing. */
    @CommandHandler
    public void handle(ModerateReviewCommand command) {
        checkNotDeleted();
        if (command.status() == ReviewStatus.PENDING) {
            throw invalid("status", "must be approved or rejected");
        }
        if (command.status() == status) {
            return;
        }
        if (command.status() == ReviewStatus.APPROVED) {
            apply(new ReviewApprovedEvent(reviewId, productId, command.moderator()));
        } else {
            apply(new ReviewRejectedEvent(reviewId, productId, command.moderator()));
        }
    }

    @CommandHandler
    public void handle(DeleteReviewCommand command, ReviewLookup lookup) {
        if (command.asModerator()) {
            checkNotDeleted();
        } else {
            checkVisibleTo(command.requestedBy());
        }
        lookup.release(author, productId, reviewId);
        apply(new ReviewDeletedEvent(reviewId, productId, command.requestedBy()));
    }

    @CommandHandler
    public void handle(MarkReviewHelpfulCommand command) {
        checkNotDeleted();
        if (status != ReviewStatus.APPROVED) {
            throw notFoundError();
        }
        if (command.voter().equals(author)) {
            throw rule("OWN_REVIEW", "You cannot mark your own review helpful");
        }
        if (helpfulVoters.contains(command.voter().value())) {
            throw conflict("ALREADY_MARKED_HELPFUL", null, "You have already marked this review helpful");
        }
        apply(new ReviewMarkedHelpfulEvent(reviewId, command.voter(), helpfulVoters.size() + 1));
    }

    @EventSourcingHandler
    void on(ReviewSubmittedEvent event) {
        reviewId = event.reviewId();
        productId = event.productId();
        author = event.author();
        status = ReviewStatus.PENDING;
    }

    @EventSourcingHandler
    void on(ReviewEditedEvent event) {
        status = ReviewStatus.PENDING;
    }

    @EventSourcingHandler
    void on(ReviewApprovedEvent event) {
        status = ReviewStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ReviewRejectedEvent event) {
        status = ReviewStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ReviewDeletedEvent event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(ReviewMarkedHelpfulEvent event) {
        helpfulVoters.add(event.voter().value());
    }

    private void checkNotDeleted() {
        if (deleted) {
            throw notFoundError();
        }
    }

    /** Another customer's review is not found, rather than forbidden: nothing is told about it. */
    private void checkVisibleTo(UserId requestedBy) {
        checkNotDeleted();
        if (!author.equals(requestedBy)) {
            throw notFoundError();
        }
    }

    private RuntimeException notFoundError() {
        return notFound("REVIEW_NOT_FOUND", "No review has id " + reviewId.value());
    }

    private static void checkContent(ReviewContent content) {
        if (content.rating() < 1 || content.rating() > 5) {
            throw invalid("rating", "must be from 1 to 5");
        }
        if (content.title() != null && content.title().length() > MAX_TITLE_LENGTH) {
            throw invalid("title", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (content.comment() != null && content.comment().length() > MAX_COMMENT_LENGTH) {
            throw invalid("comment", "must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
