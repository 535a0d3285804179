package com.skincare.shop.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a category its place among its siblings; the admin's reorder sends one per category. */
public record ReorderCategoryCommand(@TargetAggregateIdentifier CategoryId categoryId, int sortOrder) {
}
