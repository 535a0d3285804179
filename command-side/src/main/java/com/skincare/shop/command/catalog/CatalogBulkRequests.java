package com.skincare.shop.command.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.skincare.shop.api.catalog.ProductStatus;
import com.skincare.shop.command.BulkOutcome;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies of the catalog's many-at-once admin endpoints. */
final class CatalogBulkRequests {

    private CatalogBulkRequests() {
    }

    /** {@code POST /api/v1/admin/products/bulk-update}: the same listing change for every product named. */
    record ProductListing(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> productIds,
                          ProductStatus status,
                          @JsonProperty("is_featured") Boolean featured) {

        /** A bulk update that changes nothing is a mistake in the request, not a hundred refusals. */
        @JsonIgnore
        @AssertTrue(message = "status or is_featured must be given")
        public boolean isAnyChange() {
            return status != null || featured != null;
        }
    }

    /** {@code POST /api/v1/admin/products/bulk-delete}. */
    record ProductIds(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> productIds) {
    }

    /** {@code PUT /api/v1/admin/products/:id/images/order}: every image of the product, first to last. */
    record ImageOrder(@NotEmpty @Size(max = Product.MAX_IMAGES) List<@NotNull @Positive Long> imageIds) {
    }

    /** {@code POST /api/v1/admin/categories/reorder}: categories in their new order; each takes its position. */
    record CategoryOrder(@NotEmpty @Size(max = BulkOutcome.MAX_IDS) List<@NotNull @Positive Long> categoryIds) {
    }
}
