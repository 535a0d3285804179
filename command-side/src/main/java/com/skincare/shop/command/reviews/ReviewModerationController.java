package com.skincare.shop.command.reviews;

import com.skincare.shop.api.common.UserId;
import com.skincare.shop.api.reviews.DeleteReviewCommand;
import com.skincare.shop.api.reviews.ModerateReviewCommand;
import com.skincare.shop.api.reviews.ReviewId;
import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.command.BulkOutcome;
import com.skincare.shop.web.envelope.ApiResponse;
import com.skincare.shop.web.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Review moderation, for admins and moderators (the security rules on {@code /api/v1/admin/reviews/**}):
 * approve or reject one review or many, and delete any review. A bulk action answers which reviews changed and
 * which did not, and why. The moderation lists are read on the query side.
 */
@RestController
@RequestMapping("/api/v1/admin/reviews")
public class ReviewModerationController {

    private final CommandGateway commands;

    public ReviewModerationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/{id}/status")
    public ApiResponse<Map<String, Object>> status(@AuthenticationPrincipal AuthenticatedUser moderator,
                                                   @PathVariable long id,
                                                   @Valid @RequestBody ModerationRequests.Status request) {
        commands.sendAndWait(moderate(id, request.status(), moderator));
        return ApiResponse.ok("Review " + request.status().code(), Map.of("id", id, "status", request.status()));
    }

    @DeleteMapping("/{id}")
    public ApiResponse<Void> delete(@AuthenticationPrincipal AuthenticatedUser moderator, @PathVariable long id) {
        commands.sendAndWait(new DeleteReviewCommand(ReviewId.of(id), UserId.of(moderator.userId()), true));
        return ApiResponse.ok("Review deleted", null);
    }

    @PostMapping("/bulk-approve")
    public ApiResponse<BulkOutcome> bulkApprove(@AuthenticationPrincipal AuthenticatedUser moderator,
                                                @Valid @RequestBody ModerationRequests.Ids request) {
        return bulk(moderator, request.reviewIds(), ReviewStatus.APPROVED);
    }

    @PostMapping("/bulk-reject")
    public ApiResponse<BulkOutcome> bulkReject(@AuthenticationPrincipal AuthenticatedUser moderator,
                                               @Valid @RequestBody ModerationRequests.Ids request) {
        return bulk(moderator, request.reviewIds(), ReviewStatus.REJECTED);
    }

    @PostMapping("/bulk-update")
    public ApiResponse<BulkOutcome> bulkUpdate(@AuthenticationPrincipal AuthenticatedUser moderator,
                                               @Valid @RequestBody ModerationRequests.BulkStatus request) {
        return bulk(moderator, request.reviewIds(), request.status());
    }

    private ApiResponse<BulkOutcome> bulk(AuthenticatedUser moderator, List<Long> ids, ReviewStatus status) {
        BulkOutcome outcome = BulkOutcome.run(commands, ids, id -> moderate(id, status, moderator));
        return ApiResponse.ok(outcome.succeeded().size() + " of " + (outcome.succeeded().size()
                + outcome.failed().size()) + " reviews " + status.code(), outcome);
    }

    private static ModerateReviewCommand moderate(long id, ReviewStatus status, AuthenticatedUser moderator) {
        return new ModerateReviewCommand(ReviewId.of(id), status, UserId.of(moderator.userId()));
    }
}
