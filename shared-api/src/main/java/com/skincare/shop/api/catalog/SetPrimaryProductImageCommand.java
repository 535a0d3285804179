package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes one of the product's images its primary one; the image that had the role loses it. */
public record SetPrimaryProductImageCommand(@TargetAggregateIdentifier ProductId productId, long imageId) {
}
