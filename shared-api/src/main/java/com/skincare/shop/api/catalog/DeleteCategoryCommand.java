package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a category: its products leave it, its children become top-level, and its slug is free again. */
public record DeleteCategoryCommand(@TargetAggregateIdentifier CategoryId categoryId) {
}
