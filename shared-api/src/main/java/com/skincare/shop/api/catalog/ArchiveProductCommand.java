package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveProductCommand(@TargetAggregateIdentifier ProductId productId) {
}
