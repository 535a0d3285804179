package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCategoryCommand(@TargetAggregateIdentifier CategoryId categoryId, CategoryDetails details) {
}
