package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes stock by {@code delta} (negative takes stock away) for the given reason. */
public record AdjustStockCommand(
        @TargetAggregateIdentifier ProductId productId,
        int delta,
        StockChangeReason reason) {
}
