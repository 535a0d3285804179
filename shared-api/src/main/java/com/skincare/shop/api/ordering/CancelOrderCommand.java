package com.skincare.shop.api.ordering;

import com.skincare.shop.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels an order before it ships. Cancelling a cancelled order records nothing.
 *
 * @param requestedBy the customer asking, who must own the order (another's order is not found); null when an
 *                    admin cancels
 * @param reason      the customer's or admin's words, or null
 */
public record CancelOrderCommand(@TargetAggregateIdentifier OrderId orderId, UserId requestedBy, String reason) {
}
