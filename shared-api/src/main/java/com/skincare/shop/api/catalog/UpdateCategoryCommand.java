package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateCategoryCommand(@TargetAggregateIdentifier CategoryId categoryId, CategoryDetails details) {
}
