package com.skincare.shop.api.catalog;

/** A product whose name suggests itself for what a shopper is typing. */
public record SearchSuggestionView(long productId, String slug, String nameEn, String nameKh) {
}
