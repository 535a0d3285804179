package com.skincare.shop.api.catalog;

import com.skincare.shop.api.common.ProductId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveProductImageCommand(@TargetAggregateIdentifier ProductId productId, long imageId) {
}
