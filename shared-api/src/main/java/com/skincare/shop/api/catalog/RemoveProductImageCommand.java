package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveProductImageCommand(@TargetAggregateIdentifier ProductId productId, long imageId) {
}
