package com.skincare.shop.command.reviews;

import com.skincare.shop.api.common.ProductId;
import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.DeleteReviewCommand;
import com.skincare.shop.api.reviews.EditReviewCommand;
import com.skincare.shop.api.reviews.MarkReviewHelpfulCommand;
import com.skincare.shop.api.reviews.ReviewContent;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.api.reviews.SubmitReviewCommand;
import com.skincare.shop.command.Sequences;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * A signed-in customer's reviews: submit, edit and delete their own, and find others' helpful. The author is the
 * token's user, never a value of the request. The lists are read on the query side.
 */
@RestController
@RequestMapping(ReviewController.PATH)
public class ReviewController {

    static final String PATH = "/api/v1/reviews";

    private final CommandGateway commands;
    private final Sequences sequences;

    public ReviewController(CommandGateway commands, Sequences sequences) {
        this.commands = commands;
        this.sequences = sequences;
    }

    @PostMapping
    public ResponseEntity<ApiResponse<ReviewResponse>> submit(@AuthenticationPrincipal AuthenticatedUser user,
                                                              @Valid @RequestBody SubmitReviewRequest request) {
        SubmitReviewCommand command = new SubmitReviewCommand(ReviewId.of(sequences.next("review_id_seq")),
                ProductId.of(request.productId()), UserId.of(user.userId()), request.content());
        commands.sendAndWait(command);
        long id = command.reviewId().value();
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(ApiResponse.ok(
                "Review submitted; it is published once a moderator approves it",
                response(id, command.productId().value(), command.content(), user)));
    }

    @PutMapping("/{id}")
    public ApiResponse<ReviewResponse> edit(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                                            @Valid @RequestBody ReviewRequest request) {
        EditReviewCommand command = new EditReviewCommand(ReviewId.of(id), UserId.of(user.userId()), request.content());
        commands.sendAndWait(command);
        return ApiResponse.ok("Review updated; it is published again once a moderator approves it",
                response(id, null, command.content(), user));
    }

    @DeleteMapping("/{id}")
    public ApiResponse<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        commands.sendAndWait(new DeleteReviewCommand(ReviewId.of(id), UserId.of(user.userId()), false));
        return ApiResponse.ok("Review deleted", null);
    }

    @PostMapping("/{id}/helpful")
    public ApiResponse<Void> helpful(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        commands.sendAndWait(new MarkReviewHelpfulCommand(ReviewId.of(id), UserId.of(user.userId())));
        return ApiResponse.ok("Marked as helpful", null);
    }

    private static ReviewResponse response(long id, Long productId, ReviewContent content, AuthenticatedUser user) {
        return new ReviewResponse(id, productId, user.userId(), content.rating(), content.title(), content.comment(),
                ReviewStatus.PENDING);
    }
}
