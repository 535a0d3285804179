package com.skincare.shop.command.reviews;

import com.skincare.shop.api.reviews.ReviewStatus;
import com.skincare.shop.command.BulkOutcome;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the moderation endpoints. */
final class ModerationRequests {

    private ModerationRequests() {
    }

    /** {@code PUT /api/v1/admin/reviews/{id}/status}. */
    record Status(@NotNull ReviewStatus status) {
    }

    /** {@code POST /api/v1/admin/reviews/bulk-approve} and {@code bulk-reject}. */
    record Ids(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> reviewIds) {
    }

    /** {@code POST /api/v1/admin/reviews/bulk-update}: one status for every review named. */
    record BulkStatus(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> reviewIds,
                      @NotNull ReviewStatus status) {
    }
}
