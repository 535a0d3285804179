package com.skincare.shop.api.catalog;

/** A category as it appears inside a product. */
public record CategorySummary(long id, String name, String slug) {
}
