package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts {@code quantity} of a shipped order back on the shelf when it is refunded, recorded as a {@code refund}.
 * Once per order: a second return for the same order records nothing.
 */
public record ReturnStockCommand(@TargetAggregateIdentifier ProductId productId, long orderId, int quantity) {
}
