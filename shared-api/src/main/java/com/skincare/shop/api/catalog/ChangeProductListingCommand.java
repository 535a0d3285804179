package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * How the product is listed: its status (active or archived) and whether it is featured, either left as it is
 * when null. The admin's bulk update sends one per product.
 */
public record ChangeProductListingCommand(
        @TargetAggregateIdentifier ProductId productId,
        ProductStatus status,
        Boolean featured) {
}
