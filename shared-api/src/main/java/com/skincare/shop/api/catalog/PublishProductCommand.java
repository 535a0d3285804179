package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishProductCommand(@TargetAggregateIdentifier ProductId productId) {
}
