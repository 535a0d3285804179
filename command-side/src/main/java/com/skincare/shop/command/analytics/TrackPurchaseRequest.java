package com.skincare.shop.command.analytics;

import com.skincare.shop.api.analytics.PurchasedItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /ml/v1/analytics/track-purchase}: what the storefront saw bought in a session. */
record TrackPurchaseRequest(
        @NotBlank @Size(max = TrackingRequests.MAX_SESSION_ID) String sessionId,
        @Positive Long orderId,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ItemRequest> items,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal totalAmount,
        @Valid DeviceInfoRequest deviceInfo) {

    List<PurchasedItem> purchasedItems() {
        return items.stream().map(i -> new PurchasedItem(i.productId, i.category, i.quantity, i.price)).toList();
    }

    record ItemRequest(
            @NotNull @Positive Long productId,
            @Size(max = 100) String category,
            @NotNull @Min(1) @Max(999) Integer quantity,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal price) {
    }
}
